package org.clientportal.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisConnectionsTest {

    @Test
    void notARedisUri_isRefusedAtStartup() {
        assertThatThrownBy(() -> RedisConnections.open("http://127.0.0.1:6379"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
