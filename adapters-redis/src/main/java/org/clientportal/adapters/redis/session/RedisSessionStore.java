package org.clientportal.adapters.redis.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.redis.connection.RedisCalls;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.shared.TenantId;

/**
 * Sessions shared by every replica. A session is a hash under {@code <prefix>session:<sha256(id)>},
 * so a dump of Redis holds no usable session id. Each holder (operator or contact) has an index set of their session keys
 * that lives at least as long as the longest-lived of them, which is what "sign out everywhere" (and
 * removing an operator or a contact) deletes.
 * Every multi-step change is one Lua script, so a crash or a concurrent sign-in cannot leave a session
 * without expiry or outside its operator's index.
 */
public final class RedisSessionStore implements SessionStore {

    private static final String DEPENDENCY = "session store";

    // Slides a session's expiry, links it to its operator's index and keeps the index alive as long.
    private static final String SLIDE = """
            local function slide(session, index, ttl)
              redis.call('pexpire', session, ttl)
              redis.call('sadd', index, session)
              if redis.call('pttl', index) < ttl then
                redis.call('pexpire', index, ttl)
              end
            end
            """;

    // KEYS: session, index. ARGV: ttl ms, tenant, holder, csrf, createdAt.
    // Also drops index members whose session already expired, so the index cannot grow without bound.
    private static final String SAVE = SLIDE + """
            redis.call('hset', KEYS[1], 'tenant', ARGV[2], 'holder', ARGV[3], 'csrf', ARGV[4],
                       'createdAt', ARGV[5], 'index', KEYS[2])
            for _, member in ipairs(redis.call('smembers', KEYS[2])) do
              if redis.call('exists', member) == 0 then
                redis.call('srem', KEYS[2], member)
              end
            end
            slide(KEYS[1], KEYS[2], tonumber(ARGV[1]))
            """;

    // KEYS: session. ARGV: ttl ms. The index key is read from the session, so it is spelt only in Java.
    private static final String TOUCH = SLIDE + """
            local fields = redis.call('hmget', KEYS[1], 'tenant', 'holder', 'csrf', 'createdAt', 'index')
            if not fields[1] then
              return false
            end
            slide(KEYS[1], fields[5], tonumber(ARGV[1]))
            return {fields[1], fields[2], fields[3], fields[4]}
            """;

    // KEYS: index.
    private static final String DELETE_ALL = """
            for _, member in ipairs(redis.call('smembers', KEYS[1])) do
              redis.call('del', member)
            end
            return redis.call('del', KEYS[1])
            """;

    private final RedisCalls redis;
    private final String keyPrefix;
    private final Digests digests;

    /** {@code digests} hashes session ids into key names, so that Redis never holds a usable id. */
    public RedisSessionStore(RedisCalls redis, String keyPrefix, Digests digests) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    @Override
    public void save(Session session, Duration idleTimeout) {
        redis.run(DEPENDENCY, "save", client -> client.eval(SAVE,
                List.of(sessionKey(session.id()), indexKey(session.tenantId(), session.holder())),
                List.of(millis(idleTimeout), session.tenantId().toString(), session.holder().asText(),
                        session.csrfToken(), session.createdAt().toString())));
    }

    @Override
    public Optional<Session> findAndTouch(String sessionId, Duration idleTimeout) {
        Object reply = redis.run(DEPENDENCY, "touch", client ->
                client.eval(TOUCH, List.of(sessionKey(sessionId)), List.of(millis(idleTimeout))));
        if (reply == null) {
            return Optional.empty();
        }
        List<?> fields = (List<?>) reply;
        return Optional.of(new Session(sessionId,
                new TenantId(UUID.fromString((String) fields.get(0))),
                SessionHolder.parse((String) fields.get(1)),
                (String) fields.get(2),
                Instant.parse((String) fields.get(3))));
    }

    /** Leaves the key in its holder's index; the holder's next sign-in prunes it. */
    @Override
    public void delete(String sessionId) {
        redis.run(DEPENDENCY, "delete", client -> client.del(sessionKey(sessionId)));
    }

    @Override
    public void deleteAllOf(TenantId tenant, SessionHolder holder) {
        redis.run(DEPENDENCY, "delete-all", client ->
                client.eval(DELETE_ALL, List.of(indexKey(tenant, holder)), List.of()));
    }

    private String sessionKey(String sessionId) {
        return keyPrefix + "session:" + digests.sha256(sessionId);
    }

    private String indexKey(TenantId tenant, SessionHolder holder) {
        return keyPrefix + "sessions-of:" + tenant + ":" + holder.asText();
    }

    private static String millis(Duration timeout) {
        return Long.toString(timeout.toMillis());
    }
}
