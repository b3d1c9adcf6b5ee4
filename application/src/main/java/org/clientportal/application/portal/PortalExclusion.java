package org.clientportal.application.portal;

import org.clientportal.application.port.Clock;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.contact.Contact;

/**
 * Shuts a contact out of the portal, in two steps: their unused links are revoked inside the
 * caller's transaction, and once it has committed their sessions end. A portal request between the
 * two is refused anyway, by what the transaction changed.
 */
public final class PortalExclusion {

    private final PortalLinkRepository links;
    private final SessionStore sessions;
    private final Clock clock;

    public PortalExclusion(PortalLinkRepository links, SessionStore sessions, Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Inside the transaction: revokes the contact's unused links; returns how many. */
    public int revokeLinks(Contact contact) {
        return links.revokeOpenLinksOf(contact.tenantId(), contact.id(), clock.now());
    }

    /** After the commit: ends every portal session of the contact. */
    public void endSessions(Contact contact) {
        sessions.deleteAllOf(contact.tenantId(), new SessionHolder.Contact(contact.id(), contact.clientId()));
    }
}
