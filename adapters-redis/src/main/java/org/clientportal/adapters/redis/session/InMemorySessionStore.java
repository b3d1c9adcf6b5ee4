package org.clientportal.adapters.redis.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.shared.TenantId;

/** Sessions of a single node run without Redis; they do not survive a restart. */
public final class InMemorySessionStore implements SessionStore {

    private record Entry(Session session, Instant expiresAt) {

        boolean isLiveAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySessionStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(Session session, Duration idleTimeout) {
        Instant now = clock.now();
        // Sign-ins are rare next to reads, so this is the cheap place to forget abandoned sessions.
        sessions.values().removeIf(entry -> !entry.isLiveAt(now));
        sessions.put(session.id(), new Entry(session, now.plus(idleTimeout)));
    }

    @Override
    public Optional<Session> findAndTouch(String sessionId, Duration idleTimeout) {
        Instant now = clock.now();
        Entry touched = sessions.computeIfPresent(sessionId, (id, entry) ->
                entry.isLiveAt(now) ? new Entry(entry.session(), now.plus(idleTimeout)) : null);
        return Optional.ofNullable(touched).map(Entry::session);
    }

    @Override
    public void delete(String sessionId) {
        sessions.remove(sessionId);
    }

    @Override
    public void deleteAllOf(TenantId tenant, SessionHolder holder) {
        sessions.values().removeIf(entry -> entry.session().tenantId().equals(tenant)
                && entry.session().holder().equals(holder));
    }
}
