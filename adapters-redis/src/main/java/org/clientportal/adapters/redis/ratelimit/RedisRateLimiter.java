package org.clientportal.adapters.redis.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.application.port.RateLimiter;
import redis.clients.jedis.UnifiedJedis;

/** Counters under {@code <prefix>rate:<bucket>}, shared by every replica; a window opens on its first hit. */
public final class RedisRateLimiter implements RateLimiter {

    private static final String DEPENDENCY = "rate limiter";

    // KEYS: counter. ARGV: window ms. One script, so no counter is ever left without its expiry.
    private static final String HIT = """
            local hits = redis.call('incr', KEYS[1])
            local ttl = redis.call('pttl', KEYS[1])
            if ttl < 0 then
              ttl = tonumber(ARGV[1])
              redis.call('pexpire', KEYS[1], ttl)
            end
            return {hits, ttl}
            """;

    private final UnifiedJedis redis;
    private final String keyPrefix;

    public RedisRateLimiter(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    @Override
    public RateDecision hit(String bucket, int limit, Duration window) {
        FixedWindow.requireValid(limit, window);
        List<?> reply = (List<?>) RedisConnections.guard(DEPENDENCY, () -> redis.eval(HIT,
                List.of(keyPrefix + "rate:" + bucket), List.of(Long.toString(window.toMillis()))));
        return FixedWindow.decide((Long) reply.get(0), limit, Duration.ofMillis((Long) reply.get(1)));
    }
}
