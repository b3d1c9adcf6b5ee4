package org.clientportal.adapters.redis;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.redis.connection.RedisCalls;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.adapters.redis.connection.RedisReadiness;
import org.clientportal.adapters.redis.ratelimit.InMemoryRateLimiter;
import org.clientportal.adapters.redis.ratelimit.RedisRateLimiter;
import org.clientportal.adapters.redis.session.InMemorySessionStore;
import org.clientportal.adapters.redis.session.RedisSessionStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.RateLimiter;
import org.clientportal.application.port.ReadinessCheck;
import org.clientportal.application.port.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/**
 * Sessions and rate-limit counters: in Redis, shared by every replica, when a Redis URL is given;
 * otherwise in this process's memory, which serves a single node only.
 */
public final class OperationalState implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OperationalState.class);

    private final SessionStore sessions;
    private final RateLimiter rateLimiter;
    private final List<ReadinessCheck> readiness;
    private final Optional<RedisClient> redis;

    private OperationalState(SessionStore sessions, RateLimiter rateLimiter, List<ReadinessCheck> readiness,
                             Optional<RedisClient> redis) {
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.readiness = readiness;
        this.redis = redis;
    }

    /**
     * {@code keyPrefix} keeps this portal's keys apart when one Redis serves several (test runs, say);
     * {@code digests} hashes secrets that would otherwise appear in key names; {@code meters} times
     * every Redis call. A URL that is not a Redis URL is an {@link IllegalArgumentException}.
     */
    public static OperationalState open(Optional<String> redisUrl, String keyPrefix, Clock clock, Digests digests,
                                        MeterRegistry meters) {
        if (redisUrl.isEmpty()) {
            LOG.warn("PORTAL_REDIS_URL is not set: sessions and rate limits live in memory and serve this single node only");
            return new OperationalState(new InMemorySessionStore(clock), new InMemoryRateLimiter(clock), List.of(),
                    Optional.empty());
        }
        RedisClient redis = RedisConnections.open(redisUrl.get());
        RedisReadiness readiness = new RedisReadiness(redis);
        if (readiness.isReady()) {
            LOG.info("Sessions and rate limits are kept in Redis");
        } else {
            LOG.warn("Redis does not answer yet; requests that need it fail with 503 until it does");
        }
        RedisCalls calls = new RedisCalls(redis, meters);
        return new OperationalState(new RedisSessionStore(calls, keyPrefix, digests),
                new RedisRateLimiter(calls, keyPrefix), List.of(readiness), Optional.of(redis));
    }

    public SessionStore sessions() {
        return sessions;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Redis's readiness when Redis is used; nothing to check otherwise. */
    public List<ReadinessCheck> readiness() {
        return readiness;
    }

    @Override
    public void close() {
        redis.ifPresent(RedisClient::close);
    }
}
