package org.clientportal.adapters.redis.connection;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real Redis the adapter tests run against: {@code PORTAL_TEST_REDIS_URL}, else the local one.
 * An unreachable Redis fails the tests; it never skips them. Each instance writes under its own random
 * key prefix and deletes those keys when closed, so runs cannot see each other.
 */
public final class TestRedis implements AutoCloseable {

    /** Nothing listens on port 1. */
    public static final String UNREACHABLE = "redis://127.0.0.1:1";

    private final RedisClient client;
    private final String keyPrefix = "test-" + UUID.randomUUID() + ":";

    private TestRedis(RedisClient client) {
        this.client = client;
    }

    public static TestRedis connect() {
        String uri = System.getenv().getOrDefault("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379");
        RedisClient client = RedisConnections.open(uri);
        try {
            client.ping();
        } catch (RuntimeException e) {
            client.close();
            throw new AssertionError("Redis is not reachable at " + uri
                    + "; start it or point PORTAL_TEST_REDIS_URL at one", e);
        }
        return new TestRedis(client);
    }

    /** Redis expires keys on its own clock, so a test that needs time to pass has to wait for it. */
    public static void waitFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public RedisClient client() {
        return client;
    }

    /** The client as the stores reach it, timed into a registry of the test's own. */
    public RedisCalls calls() {
        return new RedisCalls(client, new SimpleMeterRegistry());
    }

    /** An unreachable Redis as the stores would reach it; the caller closes the client. */
    public static RedisCalls calls(RedisClient client) {
        return new RedisCalls(client, new SimpleMeterRegistry());
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public List<String> keys() {
        ScanParams matching = new ScanParams().match(keyPrefix + "*").count(1000);
        List<String> keys = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = client.scan(cursor, matching);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }

    @Override
    public void close() {
        List<String> keys = keys();
        if (!keys.isEmpty()) {
            client.del(keys.toArray(String[]::new));
        }
        client.close();
    }
}
