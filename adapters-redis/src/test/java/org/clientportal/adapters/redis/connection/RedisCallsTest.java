package org.clientportal.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.clientportal.application.shared.DependencyUnavailable;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisCallsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void refusedConnection_failsFastAsDependencyUnavailable() {
        assertUnavailableFast(TestRedis.UNREACHABLE);
    }

    @Test
    void redisThatNeverAnswers_timesOutFastAsDependencyUnavailable() throws IOException {
        // The OS accepts the connection into the backlog; nothing ever reads or replies.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            assertUnavailableFast("redis://127.0.0.1:" + silent.getLocalPort());
        }
    }

    @Test
    void reachableRedis_answers_andTheCallIsTimedAsASuccess() {
        try (TestRedis redis = TestRedis.connect()) {
            RedisCalls calls = new RedisCalls(redis.client(), meters);
            String pong = calls.run("session store", "ping", jedis -> jedis.ping());

            assertThat(pong).isEqualTo("PONG");

            assertThat(timedCalls("session store", "ping", "success")).isEqualTo(1);
        }
    }

    @Test
    void aFailedCall_isTimedAsAFailure() {
        try (RedisClient client = RedisConnections.open(TestRedis.UNREACHABLE)) {
            RedisCalls calls = new RedisCalls(client, meters);

            assertThatThrownBy(() -> calls.run("rate limiter", "hit", jedis -> jedis.ping()))
                    .isInstanceOf(DependencyUnavailable.class);

            assertThat(timedCalls("rate limiter", "hit", "failure")).isEqualTo(1);
            assertThat(meters.find("portal.redis.calls").tag("outcome", "success").timer()).isNull();
        }
    }

    private long timedCalls(String store, String command, String outcome) {
        return meters.get("portal.redis.calls").tags("store", store, "command", command, "outcome", outcome)
                .timer().count();
    }

    private void assertUnavailableFast(String uri) {
        try (RedisClient client = RedisConnections.open(uri)) {
            RedisCalls calls = new RedisCalls(client, meters);
            assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                    assertThatThrownBy(() -> calls.run("session store", "ping", jedis -> jedis.ping()))
                            .isInstanceOf(DependencyUnavailable.class)
                            .hasMessageContaining("session store"));
        }
    }
}
