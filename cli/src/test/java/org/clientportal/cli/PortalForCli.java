package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.bootstrap.Portal;
import org.clientportal.bootstrap.PortalConfig;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real portal for one test class, started as Main starts it, in the test's process, with the
 * end-to-end tests' settings (a free port, bcrypt at its cheapest): its own fresh PostgreSQL database,
 * named for the CLI's tests, and its own Redis key prefix, both removed afterwards. The CLI reaches it
 * over HTTP like any other client.
 */
final class PortalForCli implements BeforeAllCallback, AfterAllCallback {

    static final String PASSWORD = "correct horse battery";
    private static final String REDIS_URL = "redis://127.0.0.1:6379";

    private final TestServer server = TestServer.fromEnvironment();
    private final String database = TestServer.uniqueName("portal_cli");
    private final String redisKeyPrefix = database + ":";
    private Portal portal;
    private URI base;

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, String> env = PortalUnderTest.environment(server.jdbcUrl(database));
        env.put("PORTAL_REDIS_URL", REDIS_URL);
        env.put("PORTAL_REDIS_KEY_PREFIX", redisKeyPrefix);
        env.put("PORTAL_JOBS", "off");
        portal = Portal.start(PortalConfig.fromEnvironment(env));
        base = URI.create("http://127.0.0.1:" + portal.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            server.dropDatabase(database);
            forgetRedisKeys();
        }
    }

    String url() {
        return base.toString();
    }

    /** A new agency, registered over the API; its owner's email, with {@link #PASSWORD}. */
    Agency newAgency() {
        String slug = "cli-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String email = "owner@" + slug + ".test";
        JsonNode registered = ApiClient.anonymous(base).post("/api/v1/tenants", Json.object().put("name", "Agency " + slug)
                .put("slug", slug).put("ownerEmail", email).put("ownerPassword", PASSWORD)).json();
        return new Agency(slug, registered.path("tenant").path("name").asText(), email);
    }

    record Agency(String slug, String name, String ownerEmail) {
    }

    private void forgetRedisKeys() {
        try (RedisClient redis = RedisConnections.open(REDIS_URL)) {
            ScanParams mine = new ScanParams().match(redisKeyPrefix + "*").count(1000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.scan(cursor, mine);
                List<String> keys = page.getResult();
                if (!keys.isEmpty()) {
                    redis.del(keys.toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
