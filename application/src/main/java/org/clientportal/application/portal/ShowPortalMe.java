package org.clientportal.application.portal;

import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Principal;

/** The contact's view of themselves: their name, rights, client and agency. */
public final class ShowPortalMe {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final TenantRepository tenants;

    public ShowPortalMe(Transactions transactions, ContactRepository contacts, ClientRepository clients,
                        TenantRepository tenants) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.clients = clients;
        this.tenants = tenants;
    }

    public PortalMe execute(Actor actor) {
        if (!(actor.principal() instanceof Principal.Contact contact)) {
            throw new AccessDenied("Only a client's contact has a portal identity");
        }
        return transactions.inPortal(PortalScope.of(actor.tenantId(), contact), () -> new PortalMe(
                contacts.find(actor.tenantId(), contact.id()).orElseThrow(),
                clients.find(actor.tenantId(), contact.clientId()).orElseThrow(),
                tenants.find(actor.tenantId()).orElseThrow()));
    }
}
