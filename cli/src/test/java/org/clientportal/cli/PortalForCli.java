package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.bootstrap.Portal;
import org.clientportal.bootstrap.PortalConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real portal for one test class, started as Main starts it, in the test's process: its own fresh
 * PostgreSQL database and its own Redis key prefix, both removed afterwards; bcrypt at its cheapest so
 * sign-ins are quick. The CLI reaches it over HTTP like any other client.
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
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_HTTP_HOST", "127.0.0.1");
        env.put("PORTAL_HTTP_PORT", "0");
        env.put("PORTAL_DB_URL", server.jdbcUrl(database));
        env.put("PORTAL_DB_USER", server.user());
        env.put("PORTAL_DB_PASSWORD", server.password());
        env.put("PORTAL_DB_APP_PASSWORD", server.runtimePassword());
        env.put("PORTAL_BCRYPT_COST", "4");
        env.put("PORTAL_REDIS_URL", REDIS_URL);
        env.put("PORTAL_REDIS_KEY_PREFIX", redisKeyPrefix);
        env.put("PORTAL_JOBS", "off");
        env.put("PORTAL_FILES_DIR", Path.of(System.getProperty("java.io.tmpdir"), database + "-files").toString());
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
