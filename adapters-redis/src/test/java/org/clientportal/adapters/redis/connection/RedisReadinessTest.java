package org.clientportal.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisReadinessTest {

    @Test
    void reachableRedis_isReady() {
        try (TestRedis redis = TestRedis.connect()) {
            RedisReadiness readiness = new RedisReadiness(redis.client());

            assertThat(readiness.name()).isEqualTo("redis");
            assertThat(readiness.isReady()).isTrue();
        }
    }

    @Test
    void unreachableRedis_isNotReady_quickly_withoutThrowing() {
        try (RedisClient unreachable = RedisConnections.open(TestRedis.UNREACHABLE)) {
            RedisReadiness readiness = new RedisReadiness(unreachable);

            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(readiness.isReady()).isFalse());
        }
    }

    @Test
    void closedClient_isNotReady() {
        TestRedis redis = TestRedis.connect();
        redis.close();

        assertThat(new RedisReadiness(redis.client()).isReady()).isFalse();
    }
}
