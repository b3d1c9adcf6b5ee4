package org.clientportal.adapters.redis.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.clientportal.adapters.redis.connection.RedisCalls;
import org.clientportal.application.port.RateLimiter;

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

    // KEYS: counter. The count and the time left, read together.
    private static final String PEEK = """
            local hits = tonumber(redis.call('get', KEYS[1]) or '0')
            return {hits, redis.call('pttl', KEYS[1])}
            """;

    private final RedisCalls redis;
    private final String keyPrefix;

    public RedisRateLimiter(RedisCalls redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    @Override
    public RateDecision hit(String bucket, int limit, Duration window) {
        FixedWindow.requireValid(limit, window);
        List<?> reply = (List<?>) redis.run(DEPENDENCY, "hit", client -> client.eval(HIT,
                List.of(keyPrefix + "rate:" + bucket), List.of(Long.toString(window.toMillis()))));
        return FixedWindow.decide((Long) reply.get(0), limit, Duration.ofMillis((Long) reply.get(1)));
    }

    @Override
    public RateDecision peek(String bucket, int limit) {
        FixedWindow.requireValid(limit, Duration.ofMillis(1));
        List<?> reply = (List<?>) redis.run(DEPENDENCY, "peek", client -> client.eval(PEEK,
                List.of(keyPrefix + "rate:" + bucket), List.of()));
        return FixedWindow.full((Long) reply.get(0), limit, Duration.ofMillis(Math.max(0, (Long) reply.get(1))));
    }
}
