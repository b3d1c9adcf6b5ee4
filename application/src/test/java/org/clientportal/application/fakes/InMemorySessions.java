package org.clientportal.application.fakes;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.shared.TenantId;

/** Sessions kept in a map, without expiry: use-case tests do not wait for time to pass. */
public final class InMemorySessions implements SessionStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(Session session, Duration idleTimeout) {
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> findAndTouch(String sessionId, Duration idleTimeout) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void delete(String sessionId) {
        sessions.remove(sessionId);
    }

    @Override
    public void deleteAllOf(TenantId tenant, SessionHolder holder) {
        sessions.values().removeIf(s -> s.tenantId().equals(tenant) && s.holder().equals(holder));
    }

    public int count() {
        return sessions.size();
    }
}
