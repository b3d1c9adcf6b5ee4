package org.clientportal.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.clientportal.adapters.persistence.PersistenceSettings;

/**
 * The PostgreSQL server tests run against: PORTAL_TEST_DB_URL (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/}; a database name in it is ignored), PORTAL_TEST_DB_USER
 * and PORTAL_TEST_DB_PASSWORD, defaulting to the local server as postgres. The user must be allowed
 * to create databases and roles.
 */
public record TestServer(String url, String user, String password) {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DEFAULT_USER = "postgres";

    public static TestServer fromEnvironment() {
        return new TestServer(env("PORTAL_TEST_DB_URL").map(TestServer::serverPart).orElse(DEFAULT_URL),
                env("PORTAL_TEST_DB_USER").orElse(DEFAULT_USER), env("PORTAL_TEST_DB_PASSWORD").orElse(""));
    }

    /** A name no other test run uses, for a database or a role: {@code prefix_<16 hex digits>}. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /**
     * The password the tests give the runtime role: none on a server that trusts connections (no
     * admin password), otherwise one of its own, as the service requires.
     */
    public String runtimePassword() {
        return password.isEmpty() ? "" : "runtime-" + password;
    }

    /** Settings for one database of this server: its admin user, the default runtime role, a pool of 10. */
    public PersistenceSettings settings(String database) {
        return PersistenceSettings.of(jdbcUrl(database), user, password, runtimePassword());
    }

    public String jdbcUrl(String database) {
        return url + database;
    }

    public Connection connect(String database) throws SQLException {
        return connect(database, user, password);
    }

    public Connection connect(String database, String role, String secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", secret);
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Runs statements one by one in the maintenance database, e.g. to drop what a test created. */
    public void execute(String... statements) throws SQLException {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public void dropDatabase(String database) throws SQLException {
        execute("drop database if exists \"" + database + "\" with (force)");
    }

    /** Keeps {@code jdbc:postgresql://host:port/}, dropping any database name and parameters. */
    private static String serverPart(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
