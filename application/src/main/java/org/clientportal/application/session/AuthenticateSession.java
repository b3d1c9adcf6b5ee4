package org.clientportal.application.session;

import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.Operator;

/**
 * Resolves a session cookie to its operator, with the operator's CURRENT role, read by one statement
 * (this runs on every request with the cookie): a demotion or removal takes effect on the next
 * request, not at the next login.
 */
public final class AuthenticateSession {

    static final String PORTAL_SESSION = "A portal session does not work on the agency's routes; sign in"
            + " (POST /api/v1/sessions) or send an API key";

    private final SessionStore sessions;
    private final Transactions transactions;
    private final OperatorRepository operators;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public AuthenticateSession(SessionStore sessions, Transactions transactions, OperatorRepository operators,
                               SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.operators = operators;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Authenticated execute(String sessionId, String requestId) {
        Session session = sessions.findAndTouch(sessionId, lifetime.idle())
                .orElseThrow(() -> new AuthenticationFailed("The session has ended; sign in again"));
        if (!clock.now().isBefore(session.createdAt().plus(lifetime.absolute()))) {
            sessions.delete(sessionId);
            throw new AuthenticationFailed("The session has reached its maximum lifetime; sign in again");
        }
        if (!(session.holder() instanceof SessionHolder.Operator holder)) {
            throw new AuthenticationFailed(PORTAL_SESSION);
        }
        Operator operator = transactions.singleStatement(() -> operators.findForSession(session.tenantId(), holder.id()))
                .orElse(null);
        if (operator == null) {
            sessions.delete(sessionId);
            throw new AuthenticationFailed("The session has ended; sign in again");
        }
        Actor actor = new Actor(session.tenantId(), new Principal.Operator(operator.id(), operator.role()), requestId);
        return new Authenticated(actor, session);
    }
}
