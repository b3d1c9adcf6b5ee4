package org.clientportal.application.portal;

import java.util.Map;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/**
 * An operator shuts a contact out of the portal: every link not yet used is revoked and every
 * session ends at once. The contact stays, and a new link lets them in again.
 */
public final class RevokePortalAccess {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final PortalExclusion exclusion;
    private final AuditRecorder audit;

    public RevokePortalAccess(Transactions transactions, ContactRepository contacts, PortalExclusion exclusion,
                              AuditRecorder audit) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.exclusion = exclusion;
        this.audit = audit;
    }

    public void execute(Actor actor, String contactId) {
        actor.require(Permission.WRITE);
        ContactId id = ContactId.parse(contactId);
        Contact contact = transactions.inTenant(actor.tenantId(), () -> {
            Contact found = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            int revoked = exclusion.revokeLinks(found);
            audit.created(actor, "contact.portal-access-revoked", "contact", id, Map.of("linksRevoked", revoked));
            return found;
        });
        exclusion.endSessions(contact);
    }
}
