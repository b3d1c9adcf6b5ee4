package org.clientportal.adapters.redis.connection;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Opens the one Redis client that sessions, rate limits and readiness share. Redis holds operational
 * state only, so a lost Redis must fail a request within about half a second instead of holding a
 * request thread.
 */
public final class RedisConnections {

    private static final int TIMEOUT_MILLIS = 500;

    private RedisConnections() {
    }

    /** A pooled client for a URI such as {@code redis://127.0.0.1:6379}; the caller closes it at shutdown. */
    public static RedisClient open(String uri) {
        URI parsed = URI.create(uri);
        if (!JedisURIHelper.isValid(parsed)) {
            throw new IllegalArgumentException("Not a Redis URI: " + uri);
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        // Without a bound, a request waiting for a pooled connection would wait forever.
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        return RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(parsed))
                .clientConfig(DefaultJedisClientConfig.builder(parsed)
                        .connectionTimeoutMillis(TIMEOUT_MILLIS)
                        .socketTimeoutMillis(TIMEOUT_MILLIS)
                        .build())
                .poolConfig(pool)
                .build();
    }
}
