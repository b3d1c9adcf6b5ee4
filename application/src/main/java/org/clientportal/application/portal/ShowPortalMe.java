package org.clientportal.application.portal;

import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;

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
        PortalScope scope = PortalScope.of(actor);
        return transactions.inPortal(scope, () -> new PortalMe(
                contacts.find(scope.tenantId(), scope.contactId()).orElseThrow(),
                clients.find(scope.tenantId(), scope.clientId()).orElseThrow(),
                tenants.find(scope.tenantId()).orElseThrow()));
    }
}
