package org.clientportal.adapters.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.adapters.redis.connection.TestRedis;
import org.clientportal.application.contract.RateLimiterContract;
import org.clientportal.application.port.RateLimiter;
import org.clientportal.application.shared.DependencyUnavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisRateLimiterTest extends RateLimiterContract {

    private static TestRedis redis;
    private static RedisRateLimiter limiter;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connect();
        limiter = new RedisRateLimiter(redis.calls(), redis.keyPrefix());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        TestRedis.waitFor(duration);
    }

    @Test
    void everyCounter_expiresWithItsWindow() {
        limiter.hit("expiring", 5, Duration.ofSeconds(30));

        assertThat(redis.client().pttl(redis.keyPrefix() + "rate:expiring")).isBetween(1L, 30_000L);
    }

    @Test
    void unreachableRedis_failsFastAsDependencyUnavailable() {
        try (RedisClient unreachable = RedisConnections.open(TestRedis.UNREACHABLE)) {
            RedisRateLimiter lost = new RedisRateLimiter(TestRedis.calls(unreachable), "unreachable:");

            assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                    assertThatThrownBy(() -> lost.hit("login:someone", 5, Duration.ofMinutes(1)))
                            .isInstanceOf(DependencyUnavailable.class)
                            .hasMessageContaining("rate limiter"));
        }
    }
}
