package org.clientportal.adapters.persistence.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.clientportal.adapters.persistence.PersistenceSettings;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for one test class, started through the real
 * {@link PostgresPersistence} (so creating the database and the runtime role, the migrations and the
 * grants run too), and dropped after the class. Register it on a static field:
 * <pre>{@code @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();}</pre>
 * The server is {@link TestServer#fromEnvironment()}. An unreachable server fails the class, never
 * skips it: tests that did not run must not look green.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private final TestServer server = TestServer.fromEnvironment();
    private final String name = TestServer.uniqueName("portal_t");

    private PostgresPersistence persistence;
    private boolean unreachable;

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            persistence = PostgresPersistence.start(settings(), new SimpleMeterRegistry());
        } catch (DatabaseUnreachable e) {
            unreachable = true;
            throw new IllegalStateException(e.getMessage() + " (tests need PostgreSQL: start it, or point"
                    + " PORTAL_TEST_DB_URL, PORTAL_TEST_DB_USER and PORTAL_TEST_DB_PASSWORD at one)", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (persistence != null) {
            persistence.close();
        }
        if (!unreachable) {
            server.dropDatabase(name);
        }
    }

    /** This class's own database as the server's admin user, the default runtime role, a pool of 10. */
    public PersistenceSettings settings() {
        return server.settings(name);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String name() {
        return name;
    }

    public TestServer server() {
        return server;
    }

    /** The adapter started on this database; bootstrap tests wire it like production does. */
    public PostgresPersistence persistence() {
        if (persistence == null) {
            throw new IllegalStateException("register TestDatabase with @RegisterExtension on a static field");
        }
        return persistence;
    }

    /** A connection as the admin user (owner of the schema), outside the service's pool. */
    public Connection connectAsAdmin() throws SQLException {
        return server.connect(name);
    }

    /** A connection as the runtime role, the way the service connects, outside its pool. */
    public Connection connectAsRuntimeRole() throws SQLException {
        PersistenceSettings settings = settings();
        return server.connect(name, settings.runtimeRole(), settings.runtimePassword());
    }
}
