package org.clientportal.bootstrap.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clientportal.adapters.persistence.PersistenceSettings;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Portal processes for one test class, as replicas behind a load balancer: all on one PostgreSQL
 * database and one Redis key prefix of the class's own, on the shared test Redis or on one the class
 * controls. Started together before the class (they race for the fresh database, as replicas do);
 * after it, whatever happened, every one still running is killed, the database dropped and the keys
 * forgotten. Register it on a static field:
 * <pre>{@code @RegisterExtension static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(3);}</pre>
 */
public final class PortalReplicas implements BeforeAllCallback, AfterAllCallback {

    private final int count;
    private final Supplier<String> redisUrl;
    private final Map<String, String> settings = new HashMap<>();
    private final TestServer server = TestServer.fromEnvironment();
    private final String database = TestServer.uniqueName("portal_ops");
    private final String redisKeyPrefix = database + ":";
    private final List<PortalProcess> replicas = new ArrayList<>();
    private String redisUrlInUse;
    private Path logs;

    private PortalReplicas(int count, Supplier<String> redisUrl) {
        this.count = count;
        this.redisUrl = redisUrl;
    }

    /** On the shared test Redis (PORTAL_TEST_REDIS_URL, else the local one). */
    public static PortalReplicas onTestRedis(int count) {
        return new PortalReplicas(count, TestRedis::ready);
    }

    /** On a Redis the test class controls; the URL is asked for when the replicas start. */
    public static PortalReplicas onRedis(int count, Supplier<String> redisUrl) {
        return new PortalReplicas(count, redisUrl);
    }

    /** One more PORTAL_* setting for every replica. */
    public PortalReplicas with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        logs = Files.createTempDirectory("portal-replicas");
        Map<String, String> env = PortalUnderTest.environment(server.jdbcUrl(database));
        redisUrlInUse = redisUrl.get();
        env.put("PORTAL_REDIS_URL", redisUrlInUse);
        env.put("PORTAL_REDIS_KEY_PREFIX", redisKeyPrefix);
        env.putAll(settings);
        for (int i = 0; i < count; i++) {
            replicas.add(PortalProcess.start(env, logs.resolve("replica-" + i + ".log")));
        }
        for (PortalProcess replica : replicas) {
            replica.awaitReady();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            replicas.forEach(PortalProcess::close);
        } finally {
            server.dropDatabase(database);
            TestRedis.forgetIfReachable(redisUrlInUse, redisKeyPrefix);
            deleteLogs();
        }
    }

    public PortalProcess replica(int index) {
        return replicas.get(index);
    }

    public List<PortalProcess> all() {
        return List.copyOf(replicas);
    }

    /** A new agency, registered on the first replica, its owner signed in there. */
    public Agency newAgency() {
        return Agency.register(replica(0).anonymous());
    }

    /** How many of these client ids are rows in the database, read as the admin (whom no row-level security binds). */
    public int clientsAmong(Collection<String> ids) throws SQLException {
        try (Connection admin = server.connect(database);
             PreparedStatement query = admin.prepareStatement(
                     "select count(*) from portal.clients where id = any(?)")) {
            Array array = admin.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * Ends every connection the replicas hold to this database, as an administrator would with
     * {@code pg_terminate_backend}: only the runtime role's, only here. Returns how many it ended.
     */
    public int terminateServiceConnections() throws SQLException {
        try (Connection admin = server.connect(database);
             PreparedStatement terminate = admin.prepareStatement("select count(*) filter (where"
                     + " pg_terminate_backend(pid)) from pg_stat_activity where datname = ? and usename = ?")) {
            terminate.setString(1, database);
            terminate.setString(2, PersistenceSettings.DEFAULT_RUNTIME_ROLE);
            try (ResultSet ended = terminate.executeQuery()) {
                ended.next();
                return ended.getInt(1);
            }
        }
    }

    private void deleteLogs() throws IOException {
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
