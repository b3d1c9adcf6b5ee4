package org.clientportal.application.portal;

import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.session.Authenticated;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.application.session.SessionLifetime;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.contact.Contact;

/**
 * Resolves a portal cookie to its contact, with the contact's CURRENT rights, read in the portal's
 * own scope by one statement (this runs on every portal request): a removed contact or an
 * offboarded client ends the session on the next request. An operator's session is no portal session, whatever cookie it arrives in.
 */
public final class AuthenticatePortalSession {

    private static final String ENDED = "The portal session has ended; open the portal with a new link";

    private final SessionStore sessions;
    private final Transactions transactions;
    private final ContactRepository contacts;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public AuthenticatePortalSession(SessionStore sessions, Transactions transactions, ContactRepository contacts,
                                     SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.contacts = contacts;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Authenticated execute(String sessionId, String requestId) {
        Session session = sessions.findAndTouch(sessionId, lifetime.idle())
                .orElseThrow(() -> new AuthenticationFailed(ENDED));
        if (!(session.holder() instanceof SessionHolder.Contact holder)) {
            throw new AuthenticationFailed("An operator session does not work on portal routes; open the portal"
                    + " with a portal link");
        }
        if (!clock.now().isBefore(session.createdAt().plus(lifetime.absolute()))) {
            sessions.delete(sessionId);
            throw new AuthenticationFailed("The portal session has reached its maximum lifetime; open the portal"
                    + " with a new link");
        }
        PortalScope scope = new PortalScope(session.tenantId(), holder.clientId(), holder.id());
        Contact contact = transactions.singleStatement(() -> contacts.findForPortalSession(scope)).orElse(null);
        if (contact == null) {
            sessions.delete(sessionId);
            throw new AuthenticationFailed(ENDED);
        }
        Actor actor = new Actor(session.tenantId(),
                new Principal.Contact(contact.id(), contact.clientId(), contact.rights()), requestId);
        return new Authenticated(actor, session);
    }
}
