package org.clientportal.application.portal;

import java.util.Map;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/**
 * An operator looks at the portal as one of the client's contacts would: the answer is the
 * contact's own, read by the portal's use cases in the portal's transaction, so it can show nothing
 * the contact could not see. Each look is audited, naming the operator and what they read.
 */
public final class ViewAsContact {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final AuditRecorder audit;

    public ViewAsContact(Transactions transactions, ContactRepository contacts, ClientRepository clients,
                         AuditRecorder audit) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.clients = clients;
        this.audit = audit;
    }

    /** The contact as the actor of a portal read; {@code reading} is what is read, for the audit. */
    public Actor execute(Actor operator, String contactId, String reading) {
        operator.require(Permission.READ);
        ContactId id = ContactId.parse(contactId);
        Contact contact = transactions.inTenant(operator.tenantId(), () -> {
            Contact found = contacts.find(operator.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            if (clients.find(operator.tenantId(), found.clientId()).orElseThrow().status() == ClientStatus.OFFBOARDED) {
                throw IssuePortalLink.clientOffboarded();
            }
            audit.created(operator, "contact.viewed-as", "contact", id, Map.of("reading", reading));
            return found;
        });
        return new Actor(operator.tenantId(), new Principal.Contact(contact.id(), contact.clientId(), contact.rights()),
                operator.requestId());
    }
}
