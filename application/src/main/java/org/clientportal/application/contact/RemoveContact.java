package org.clientportal.application.contact;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** An operator removes a contact: their open links are revoked and their portal sessions end at once. */
public final class RemoveContact {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final PortalLinkRepository links;
    private final SessionStore sessions;
    private final AuditRecorder audit;
    private final Clock clock;

    public RemoveContact(Transactions transactions, ContactRepository contacts, PortalLinkRepository links,
                         SessionStore sessions, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.links = links;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public void execute(Actor actor, String contactId) {
        actor.require(Permission.WRITE);
        ContactId id = ContactId.parse(contactId);
        Contact removed = transactions.inTenant(actor.tenantId(), () -> {
            Contact contact = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            links.revokeOpenLinksOf(actor.tenantId(), id, clock.now());
            contacts.markRemoved(actor.tenantId(), id, clock.now());
            audit.removed(actor, "contact.removed", "contact", id, Snapshots.of(contact));
            return contact;
        });
        // After the commit: a portal request that slips in between is refused anyway, the contact is gone.
        sessions.deleteAllOf(actor.tenantId(), new SessionHolder.Contact(id, removed.clientId()));
    }
}
