package org.clientportal.application.portal;

import java.util.Map;
import org.clientportal.application.audit.AuditRecorder;
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

/**
 * An operator shuts a contact out of the portal: every link not yet used is revoked and every
 * session ends at once. The contact stays, and a new link lets them in again.
 */
public final class RevokePortalAccess {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final PortalLinkRepository links;
    private final SessionStore sessions;
    private final AuditRecorder audit;
    private final Clock clock;

    public RevokePortalAccess(Transactions transactions, ContactRepository contacts, PortalLinkRepository links,
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
        Contact contact = transactions.inTenant(actor.tenantId(), () -> {
            Contact found = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            int revoked = links.revokeOpenLinksOf(actor.tenantId(), id, clock.now());
            audit.created(actor, "contact.portal-access-revoked", "contact", id, Map.of("linksRevoked", revoked));
            return found;
        });
        sessions.deleteAllOf(actor.tenantId(), new SessionHolder.Contact(id, contact.clientId()));
    }
}
