package org.clientportal.application.contact;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.portal.PortalExclusion;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** An operator removes a contact: their open links are revoked and their portal sessions end at once. */
public final class RemoveContact {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final PortalExclusion exclusion;
    private final AuditRecorder audit;
    private final Clock clock;

    public RemoveContact(Transactions transactions, ContactRepository contacts, PortalExclusion exclusion,
                         AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.exclusion = exclusion;
        this.audit = audit;
        this.clock = clock;
    }

    public void execute(Actor actor, String contactId) {
        actor.require(Permission.WRITE);
        ContactId id = ContactId.parse(contactId);
        Contact removed = transactions.inTenant(actor.tenantId(), () -> {
            Contact contact = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            exclusion.revokeLinks(contact);
            contacts.markRemoved(actor.tenantId(), id, clock.now());
            audit.removed(actor, "contact.removed", "contact", id, Snapshots.of(contact));
            return contact;
        });
        exclusion.endSessions(removed);
    }
}
