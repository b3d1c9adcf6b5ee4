package org.clientportal.bootstrap.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.bootstrap.Portal;
import org.clientportal.bootstrap.PortalConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real service for one test class: started through {@link Portal#start} exactly as Main does,
 * from PORTAL_* settings, on its own fresh PostgreSQL database (dropped afterwards), on the shared
 * test Redis or on one the class controls, at 127.0.0.1 on a free port. Bcrypt runs at its lowest
 * cost so that sign-ins are quick. Register it on a static field:
 * <pre>{@code @RegisterExtension static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();}</pre>
 */
public final class PortalUnderTest implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<String> redisUrl;
    private final Map<String, String> settings = new HashMap<>();
    private final TestServer server = TestServer.fromEnvironment();
    private final String database;
    /** This class's own keys in a shared Redis. */
    private final String redisKeyPrefix;
    private String redisUrlInUse;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Portal portal;
    private URI base;

    private PortalUnderTest(Supplier<String> redisUrl, String databasePrefix) {
        this.redisUrl = redisUrl;
        this.database = TestServer.uniqueName(databasePrefix);
        this.redisKeyPrefix = database + ":";
    }

    /** On the shared test Redis (PORTAL_TEST_REDIS_URL, else the local one). */
    public static PortalUnderTest onTestRedis() {
        return onTestRedis("portal_e2e");
    }

    /** The same, its database (and Redis key prefix) named {@code <databasePrefix>_<16 hex digits>}: another module's tests. */
    public static PortalUnderTest onTestRedis(String databasePrefix) {
        return new PortalUnderTest(TestRedis::ready, databasePrefix);
    }

    /** On a Redis the test class controls; the URL is asked for when the portal starts. */
    public static PortalUnderTest onRedis(Supplier<String> redisUrl) {
        return new PortalUnderTest(redisUrl, "portal_e2e");
    }

    /** One more PORTAL_* setting for this class's portal, e.g. a short timeout. */
    public PortalUnderTest with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, String> env = environment(server.jdbcUrl(database));
        env.putAll(settings);
        redisUrlInUse = redisUrl.get();
        env.put("PORTAL_REDIS_URL", redisUrlInUse);
        env.put("PORTAL_REDIS_KEY_PREFIX", redisKeyPrefix);
        try {
            portal = Portal.start(PortalConfig.fromEnvironment(env));
        } catch (DatabaseUnreachable e) {
            throw new IllegalStateException(e.getMessage() + " (end-to-end tests need PostgreSQL: start it, or point"
                    + " PORTAL_TEST_DB_URL, PORTAL_TEST_DB_USER and PORTAL_TEST_DB_PASSWORD at one)", e);
        }
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
            TestRedis.forgetIfReachable(redisUrlInUse, redisKeyPrefix);
        }
    }

    /**
     * The settings a test run uses, for a given database URL: what an operator would put in the
     * environment, with the test server's credentials, a free port and the cheapest bcrypt cost.
     */
    public static Map<String, String> environment(String jdbcUrl) {
        TestServer server = TestServer.fromEnvironment();
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_HTTP_HOST", "127.0.0.1");
        env.put("PORTAL_HTTP_PORT", "0");
        env.put("PORTAL_DB_URL", jdbcUrl);
        env.put("PORTAL_DB_USER", server.user());
        env.put("PORTAL_DB_PASSWORD", server.password());
        env.put("PORTAL_DB_APP_PASSWORD", server.runtimePassword());
        env.put("PORTAL_BCRYPT_COST", "4");
        // Files go to a directory of the test's own, never into the working directory's ./data/files.
        env.put("PORTAL_FILES_DIR", Path.of(System.getProperty("java.io.tmpdir"), "portal-e2e-files").toString());
        return env;
    }

    /**
     * A connection to this portal's database as the admin user, for a state no route can produce yet
     * (a task requested through the portal, say).
     */
    public Connection connectAsAdmin() throws SQLException {
        return server.connect(database);
    }

    public Portal portal() {
        return portal;
    }

    public int port() {
        return portal.port();
    }

    public URI base() {
        return base;
    }

    /** A caller without credentials. */
    public ApiClient anonymous() {
        return ApiClient.anonymous(http, base);
    }

    /** A new agency, registered over HTTP, with its owner signed in. */
    public Agency newAgency() {
        return Agency.register(anonymous());
    }
}
