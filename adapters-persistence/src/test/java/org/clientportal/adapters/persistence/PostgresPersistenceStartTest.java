package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Starting is safe to repeat, to race, and to do as a role that is not a superuser. */
class PostgresPersistenceStartTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final TestServer server = DATABASE.server();

    @Test
    void startingAgainOnAMigratedDatabase_changesNothing_andServes() {
        try (PostgresPersistence again = PostgresPersistence.start(DATABASE.settings().withPoolSize(2),
                new SimpleMeterRegistry())) {
            assertThat(again.readiness().name()).isEqualTo("database");
            assertThat(again.readiness().isReady()).isTrue();
        }
    }

    @Test
    void theFileLinkKey_is32Bytes_andTheSameForEveryReplica() {
        try (PostgresPersistence again = PostgresPersistence.start(DATABASE.settings().withPoolSize(1),
                new SimpleMeterRegistry())) {
            assertThat(DATABASE.persistence().fileLinkKey()).hasSize(32).isEqualTo(again.fileLinkKey());
        }
    }

    @Test
    void theFileLinkKey_differsFromDatabaseToDatabase() throws SQLException {
        String database = TestServer.uniqueName("portal_t_uploads_key");
        try (PostgresPersistence other = PostgresPersistence.start(server.settings(database).withPoolSize(1),
                new SimpleMeterRegistry())) {
            assertThat(other.fileLinkKey()).isNotEqualTo(DATABASE.persistence().fileLinkKey());
        } finally {
            server.dropDatabase(database);
        }
    }

    @Test
    void readiness_turnsFalseWhenThePoolIsClosed_withoutThrowing() {
        PostgresPersistence persistence = PostgresPersistence.start(DATABASE.settings().withPoolSize(1),
                new SimpleMeterRegistry());
        persistence.close();

        assertThat(persistence.readiness().isReady()).isFalse();
    }

    @Test
    void twoReplicasStartingAtOnceOnANewDatabase_bothComeUp() throws Exception {
        String database = TestServer.uniqueName("portal_t_race");
        PersistenceSettings settings = server.settings(database).withPoolSize(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<PostgresPersistence> started = new ArrayList<>();
        try {
            Callable<PostgresPersistence> start = () -> PostgresPersistence.start(settings, new SimpleMeterRegistry());
            List<Future<PostgresPersistence>> replicas = threads.invokeAll(List.of(start, start));
            for (Future<PostgresPersistence> replica : replicas) {
                started.add(replica.get());
            }
            assertThat(started).allSatisfy(p -> assertThat(p.readiness().isReady()).isTrue());
        } finally {
            threads.shutdownNow();
            started.forEach(PostgresPersistence::close);
            server.dropDatabase(database);
        }
    }

    @Test
    void aRuntimeRoleThatBypassesRowLevelSecurity_isRefused() throws SQLException {
        String database = TestServer.uniqueName("portal_t_bypass");
        String role = TestServer.uniqueName("portal_t_bypass");
        server.execute("create role " + role + " login bypassrls");
        try {
            assertThatThrownBy(() -> PostgresPersistence.start(
                    server.settings(database).withRuntimeRole(role, server.runtimePassword()),
                            new SimpleMeterRegistry()))
                    .isInstanceOf(DatabaseSetupFailed.class)
                    .hasMessageContaining("may bypass row-level security");
        } finally {
            server.dropDatabase(database);
            server.execute("drop role if exists " + role);
        }
    }

    /** Membership would lend it another role's privileges (inherited, or by SET ROLE) whatever its own are. */
    @Test
    void aRuntimeRoleThatIsAMemberOfAnotherRole_isRefused() throws SQLException {
        String database = TestServer.uniqueName("portal_t_member");
        String role = TestServer.uniqueName("portal_t_member");
        String group = TestServer.uniqueName("portal_t_group");
        server.execute("create role " + group + " nologin", "create role " + role + " login noinherit",
                "grant " + group + " to " + role);
        try {
            assertThatThrownBy(() -> PostgresPersistence.start(
                    server.settings(database).withRuntimeRole(role, server.runtimePassword()),
                            new SimpleMeterRegistry()))
                    .isInstanceOf(DatabaseSetupFailed.class)
                    .hasMessage("the runtime role " + role + " belongs to the role(s) " + group + " and could use"
                            + " their privileges; configure a plain role for the service, member of no other role"
                            + " (PORTAL_DB_APP_USER)");
        } finally {
            server.dropDatabase(database);
            server.execute("drop role if exists " + role, "drop role if exists " + group);
        }
    }

    @Test
    void anAdminThatMayNotCreateTheMissingDatabase_isRefusedInOneLine() throws SQLException {
        String database = TestServer.uniqueName("portal_t_nocreate");
        String admin = TestServer.uniqueName("portal_t_nocreate");
        server.execute("create role " + admin + " login password 'admin-pw'");
        try {
            assertThatThrownBy(() -> PostgresPersistence.start(
                    PersistenceSettings.of(server.jdbcUrl(database), admin, "admin-pw", "app-pw"),
                            new SimpleMeterRegistry()))
                    .isInstanceOf(DatabaseSetupFailed.class)
                    .hasMessageStartingWith("cannot create the database")
                    .hasMessageContaining("permission denied")
                    .hasMessageNotContaining("\n");
        } finally {
            server.dropDatabase(database);
            server.execute("drop role if exists " + admin);
        }
    }

    /**
     * The admin need not be a superuser: a role that may create databases and roles owns the schema,
     * and the slug lookup still sees across tenants (as the owner, through its own policy). Quotes
     * in a password are no problem either.
     */
    @Test
    void anAdminThatIsNoSuperuser_setsUpTheDatabase_andTheSlugLookupWorks() throws SQLException {
        String database = TestServer.uniqueName("portal_t_owner");
        String owner = TestServer.uniqueName("portal_t_owner");
        String runtime = TestServer.uniqueName("portal_t_app");
        server.execute("create role " + owner + " login createdb createrole password 'owner-pw'");
        try (PostgresPersistence persistence = PostgresPersistence.start(
                new PersistenceSettings(server.jdbcUrl(database), owner, "owner-pw", runtime, "it's a \\\"pw\"", 2),
                        new SimpleMeterRegistry())) {
            TenantId tenant = new TenantId(UUID.randomUUID());
            TenantSlug slug = new TenantSlug("owned-by-" + tenant.value().toString().substring(0, 8));
            persistence.transactions().inTenant(tenant, () -> {
                persistence.tenants().add(new Tenant(tenant, "Agency", slug, Instant.parse("2026-01-05T09:00:00Z")));
                return null;
            });

            assertThat(persistence.transactions().outsideTenant(() -> persistence.tenants().idForSlug(slug)))
                    .contains(tenant);
        } finally {
            server.dropDatabase(database);
            server.execute("drop role if exists " + runtime, "drop role if exists " + owner);
        }
    }
}
