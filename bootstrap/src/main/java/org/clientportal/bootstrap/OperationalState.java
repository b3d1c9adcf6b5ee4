package org.clientportal.bootstrap;

import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.http.ratelimit.InMemoryRateLimiter;
import org.clientportal.adapters.http.ratelimit.RedisRateLimiter;
import org.clientportal.adapters.http.session.InMemorySessionStore;
import org.clientportal.adapters.http.session.RedisConnections;
import org.clientportal.adapters.http.session.RedisReadiness;
import org.clientportal.adapters.http.session.RedisSessionStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RateLimiter;
import org.clientportal.application.port.ReadinessCheck;
import org.clientportal.application.port.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/**
 * Sessions and rate-limit counters: in Redis, shared by every replica, when PORTAL_REDIS_URL is
 * set; otherwise in this process's memory, which serves a single node only.
 */
record OperationalState(SessionStore sessions, RateLimiter rateLimiter, List<ReadinessCheck> readiness,
                        Optional<RedisClient> redis) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OperationalState.class);

    /** {@code keyPrefix} keeps this portal's keys apart when one Redis serves several (test runs, say). */
    static OperationalState open(Optional<String> redisUrl, String keyPrefix, Clock clock) {
        if (redisUrl.isEmpty()) {
            LOG.warn("PORTAL_REDIS_URL is not set: sessions and rate limits live in memory and serve this single node only");
            return new OperationalState(new InMemorySessionStore(clock), new InMemoryRateLimiter(clock), List.of(),
                    Optional.empty());
        }
        RedisClient redis;
        try {
            redis = RedisConnections.open(redisUrl.get());
        } catch (IllegalArgumentException e) {
            throw new PortalConfig.ConfigurationError("PORTAL_REDIS_URL: " + e.getMessage());
        }
        RedisReadiness readiness = new RedisReadiness(redis);
        if (readiness.isReady()) {
            LOG.info("Sessions and rate limits are kept in Redis");
        } else {
            LOG.warn("Redis does not answer yet; requests that need it fail with 503 until it does");
        }
        return new OperationalState(new RedisSessionStore(redis, keyPrefix), new RedisRateLimiter(redis, keyPrefix),
                List.of(readiness),
                Optional.of(redis));
    }

    @Override
    public void close() {
        redis.ifPresent(RedisClient::close);
    }
}
