package org.clientportal.bootstrap.e2e.support;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.adapters.redis.connection.RedisConnections;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis the end-to-end tests share: PORTAL_TEST_REDIS_URL, else the local one. Each test class
 * keeps its keys under a prefix of its own, so classes and runs never spend each other's rate
 * limits. When it does not answer, the tests fail; they never skip.
 */
final class TestRedis {

    static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private TestRedis() {
    }

    static String url() {
        String url = System.getenv("PORTAL_TEST_REDIS_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    /** Checks that Redis answers; the tests fail, never skip, when it does not. */
    static String ready() {
        String url = url();
        try (RedisClient redis = RedisConnections.open(url)) {
            redis.ping();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Redis is not reachable at " + url
                    + " (end-to-end tests need it: start it, or point PORTAL_TEST_REDIS_URL at one)", e);
        }
        return url;
    }

    /** Removes every key a test class left under its own prefix (sessions, rate-limit counters). */
    static void forget(String url, String keyPrefix) {
        try (RedisClient redis = RedisConnections.open(url)) {
            List<String> keys = scan(redis, keyPrefix + "*");
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
        }
    }

    /** The same, for a Redis the test class controlled: one that is gone by now has nothing to tidy. */
    static void forgetIfReachable(String url, String keyPrefix) {
        try {
            forget(url, keyPrefix);
        } catch (RuntimeException e) {
            // nothing to tidy in a Redis that is no longer there
        }
    }

    private static List<String> scan(RedisClient redis, String pattern) {
        ScanParams matching = new ScanParams().match(pattern).count(1000);
        List<String> keys = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, matching);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }
}
