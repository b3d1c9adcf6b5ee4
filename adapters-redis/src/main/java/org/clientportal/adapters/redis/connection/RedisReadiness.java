package org.clientportal.adapters.redis.connection;

import org.clientportal.application.port.ReadinessCheck;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** Redis answers PING within the client's short timeout. */
public final class RedisReadiness implements ReadinessCheck {

    private final UnifiedJedis redis;

    public RedisReadiness(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean isReady() {
        try {
            return "PONG".equals(redis.ping());
        } catch (JedisException e) {
            // Refused, timed out, or the pool already closed during shutdown: all mean "not ready".
            return false;
        }
    }
}
