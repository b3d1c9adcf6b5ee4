package org.clientportal.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.clientportal.application.shared.DependencyUnavailable;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisConnectionsTest {

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
    void reachableRedis_answers() {
        try (TestRedis redis = TestRedis.connect()) {
            assertThat(RedisConnections.guard("test", redis.client()::ping)).isEqualTo("PONG");
        }
    }

    @Test
    void notARedisUri_isRefusedAtStartup() {
        assertThatThrownBy(() -> RedisConnections.open("http://127.0.0.1:6379"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertUnavailableFast(String uri) {
        try (RedisClient client = RedisConnections.open(uri)) {
            assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                    assertThatThrownBy(() -> RedisConnections.guard("session store", client::ping))
                            .isInstanceOf(DependencyUnavailable.class)
                            .hasMessageContaining("session store"));
        }
    }
}
