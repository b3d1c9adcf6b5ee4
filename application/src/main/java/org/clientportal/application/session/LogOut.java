package org.clientportal.application.session;

import org.clientportal.application.port.SessionStore;

/** Ends the current session; its cookie is dead afterwards. */
public final class LogOut {

    private final SessionStore sessions;

    public LogOut(SessionStore sessions) {
        this.sessions = sessions;
    }

    public void execute(String sessionId) {
        sessions.delete(sessionId);
    }
}
