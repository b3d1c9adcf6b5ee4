package org.clientportal.application.session;

import org.clientportal.application.port.SessionStore;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;

/** An operator signs out everywhere: every session of theirs ends, this one included. */
public final class EndAllSessions {

    private final SessionStore sessions;

    public EndAllSessions(SessionStore sessions) {
        this.sessions = sessions;
    }

    public void execute(Actor actor) {
        if (!(actor.principal() instanceof Principal.Operator operator)) {
            throw new AccessDenied("Only a signed-in operator has sessions to end");
        }
        sessions.deleteAllOf(actor.tenantId(), new SessionHolder.Operator(operator.id()));
    }
}
