package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The role the service connects as can do what the application needs and nothing more. */
class RuntimeRoleTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void runtimeRole_isNoSuperuser_cannotBypassRowLevelSecurity_andOwnsNothing() throws SQLException {
        String role = DATABASE.settings().runtimeRole();
        try (Connection admin = DATABASE.connectAsAdmin();
             PreparedStatement query = admin.prepareStatement("select r.rolsuper, r.rolbypassrls, r.rolcreaterole,"
                     + " r.rolcreatedb, (select count(*) from pg_class c where c.relowner = r.oid)"
                     + " + (select count(*) from pg_namespace n where n.nspowner = r.oid)"
                     + " + (select count(*) from pg_proc p where p.proowner = r.oid)"
                     + " from pg_roles r where r.rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("role %s exists", role).isTrue();
                assertThat(row.getBoolean(1)).as("superuser").isFalse();
                assertThat(row.getBoolean(2)).as("bypasses RLS").isFalse();
                assertThat(row.getBoolean(3)).as("creates roles").isFalse();
                assertThat(row.getBoolean(4)).as("creates databases").isFalse();
                assertThat(row.getLong(5)).as("objects owned").isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"update portal.audit_events set action = 'rewritten'", "delete from portal.audit_events",
            "truncate portal.audit_events"})
    void auditEvents_cannotBeRewrittenOrErased(String sql) throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    /**
     * The runtime role's privileges on every relation of the schema, as the repositories need them
     * (the latest migration that re-creates portal.runtime_privileges() lists the same). A new table appears here with no privileges
     * and fails this until it is given its own line, here and in a migration.
     */
    static final Map<String, Set<String>> TABLE_PRIVILEGES = Map.ofEntries(
            Map.entry("tenants", Set.of("SELECT", "INSERT")),
            Map.entry("operators", Set.of("SELECT", "INSERT", "UPDATE", "DELETE")),
            Map.entry("api_keys", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("clients", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("projects", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("milestones", Set.of("SELECT", "INSERT", "UPDATE", "DELETE")),
            Map.entry("tasks", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("task_counters", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("contacts", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("portal_links", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("project_updates", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("task_comments", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("task_status_changes", Set.of("SELECT", "INSERT")),
            Map.entry("attachments", Set.of("SELECT", "INSERT")),
            // asks are filed, classified and locked, never deleted; replies are published once (V19)
            Map.entry("asks", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("ask_replies", Set.of("SELECT", "INSERT")),
            // word ranges are read; the searchable tables' triggers replace a row's words (V23)
            Map.entry("search_words", Set.of("SELECT", "INSERT", "DELETE")),
            // time is logged, corrected and deleted; its day totals kept by the table's trigger (V26)
            Map.entry("time_entries", Set.of("SELECT", "INSERT", "UPDATE", "DELETE")),
            Map.entry("client_time_by_day", Set.of("SELECT", "INSERT", "UPDATE")),
            // budgets are set, changed, locked and deleted; crossings raised once, deleted only with their budget
            Map.entry("capacity_budgets", Set.of("SELECT", "INSERT", "UPDATE", "DELETE")),
            Map.entry("capacity_crossings", Set.of("SELECT", "INSERT")),
            // hours and targets are set and replaced, holidays with the hours; clocks start, move on and only
            // ever gain stops (V28)
            Map.entry("business_hours", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("business_holidays", Set.of("SELECT", "INSERT", "DELETE")),
            Map.entry("sla_targets", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("request_clocks", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("request_clock_stops", Set.of("SELECT", "INSERT")),
            Map.entry("queue_marks", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("reports", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("report_acknowledgements", Set.of("SELECT", "INSERT")),
            Map.entry("project_metrics", Set.of("SELECT", "INSERT")),
            // written with the changes, listed by the agency; settled only through the relay's functions (V35)
            Map.entry("notifications", Set.of("SELECT", "INSERT")),
            // what a job's run did for the agency (V36)
            Map.entry("job_run_counts", Set.of("SELECT", "INSERT")),
            // each SLA alert raised once (V37)
            Map.entry("sla_alerts", Set.of("SELECT", "INSERT")),
            // planned and removed by operators, moved on by the recurring-checkpoints job (V38)
            Map.entry("checkpoints", Set.of("SELECT", "INSERT", "UPDATE", "DELETE")),
            // Klevar Docs: the settings, the copy of its records, the webhook events taken (V40)
            Map.entry("docs_integrations", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("docs_records", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("docs_webhook_events", Set.of("SELECT", "INSERT")),
            // read through portal.file_link_key() only
            Map.entry("file_link_keys", Set.of()),
            // what the runtime role may do is not its to read or change
            Map.entry("runtime_grants", Set.of()),
            Map.entry("audit_events", Set.of("SELECT", "INSERT")),
            Map.entry("idempotency_records", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("flyway_schema_history", Set.of()));

    /** Whether the runtime role may execute each function of the schema. */
    static final Map<String, Boolean> FUNCTION_PRIVILEGES = Map.ofEntries(
            Map.entry("portal.current_tenant()", true),
            Map.entry("portal.current_audience()", true),
            Map.entry("portal.current_client()", true),
            Map.entry("portal.current_contact()", true),
            Map.entry("portal.tenant_id_for_slug(text)", true),
            Map.entry("portal.expire_idempotency_records(timestamp with time zone)", true),
            Map.entry("portal.file_link_key()", true),
            Map.entry("portal.tenant_ids()", true),
            // every request with an API key is authenticated by it (V22)
            Map.entry("portal.api_key_with_issuer_role(uuid,text)", true),
            // every request with an operator's or a contact's session resolves its holder by them (V25)
            Map.entry("portal.operator_of_session(uuid,uuid)", true),
            Map.entry("portal.contact_of_portal_session(uuid,uuid,uuid)", true),
            // fired by the searchable tables' triggers, never called (V23)
            Map.entry("portal.index_search_words()", false),
            // fired by the time entries' triggers, never called (V26)
            Map.entry("portal.count_time_by_day()", false),
            Map.entry("portal.runtime_privileges()", false),
            // the outbox relay's narrow path across tenants (V35)
            Map.entry("portal.claim_notifications(integer,timestamp with time zone,interval)", true),
            Map.entry("portal.notification_delivered(uuid,uuid,timestamp with time zone)", true),
            Map.entry("portal.notification_failed(uuid,uuid,text,timestamp with time zone)", true),
            // the stale-leads job's read across tenants (V36)
            Map.entry("portal.stale_leads(timestamp with time zone,integer)", true),
            // the recurring-checkpoints job's read across tenants (V38)
            Map.entry("portal.due_checkpoints(date,integer)", true),
            // the outbox-sweeper job's removal of events delivered long ago (V39)
            Map.entry("portal.sweep_delivered_notifications(timestamp with time zone,integer)", true));

    @Test
    void theRuntimeRole_holdsExactlyTheGrantMatrix() throws SQLException {
        assertHoldsExactlyTheGrantMatrix(DATABASE.settings().runtimeRole());
    }

    /** The privileges are applied to whichever role is configured, so renaming the role loses nothing. */
    @Test
    void aRenamedRuntimeRole_getsTheSameGrantMatrix_onItsFirstStart() throws SQLException {
        String renamed = TestServer.uniqueName("portal_t_renamed");
        try (PostgresPersistence persistence = PostgresPersistence.start(
                DATABASE.settings().withRuntimeRole(renamed, DATABASE.server().runtimePassword()).withPoolSize(1),
                        new SimpleMeterRegistry())) {
            assertThat(persistence.readiness().isReady()).isTrue();
            assertHoldsExactlyTheGrantMatrix(renamed);
        } finally {
            try (Connection admin = DATABASE.connectAsAdmin(); Statement statement = admin.createStatement()) {
                statement.execute("drop owned by " + renamed);
            }
            DATABASE.server().execute("drop role if exists " + renamed);
        }
    }

    /**
     * Nothing is granted on all tables: a table no migration lists stays out of the service's reach,
     * and privileges beyond the list (granted by hand, or by a version that granted on all tables)
     * are taken back at the next start.
     */
    @Test
    void atTheNextStart_anUnlistedTableGetsNothing_andPrivilegesBeyondTheListAreTakenBack() throws SQLException {
        TestServer server = DATABASE.server();
        String database = TestServer.uniqueName("portal_t_unlisted");
        PersistenceSettings settings = server.settings(database).withPoolSize(1);
        String role = settings.runtimeRole();
        try {
            PostgresPersistence.start(settings, new SimpleMeterRegistry()).close();
            try (Connection admin = server.connect(database); Statement statement = admin.createStatement()) {
                statement.execute("grant select, insert, update, delete, truncate on all tables in schema portal to "
                        + role);
                statement.execute("grant create on schema portal to " + role);
                statement.execute("create table portal.unlisted (id int primary key)");
            }
            PostgresPersistence.start(settings, new SimpleMeterRegistry()).close();

            try (Connection admin = server.connect(database)) {
                Map<String, Set<String>> expected = new TreeMap<>(TABLE_PRIVILEGES);
                expected.put("unlisted", Set.of());
                assertThat(tablePrivileges(admin, role)).containsExactlyInAnyOrderEntriesOf(expected);
                assertThat(schemaPrivileges(admin, role)).containsExactly("USAGE");
            }
        } finally {
            server.dropDatabase(database);
        }
    }

    @Test
    void migrationHistory_isOutOfReach() throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from portal.flyway_schema_history"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    @Test
    void schema_cannotBeChanged() throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("create table portal.sneaky (id int)"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            assertThatThrownBy(() -> statement.execute("alter table portal.clients disable row level security"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void assertHoldsExactlyTheGrantMatrix(String role) throws SQLException {
        try (Connection admin = DATABASE.connectAsAdmin()) {
            assertThat(tablePrivileges(admin, role)).as("table privileges of %s", role)
                    .containsExactlyInAnyOrderEntriesOf(TABLE_PRIVILEGES);
            assertThat(functionPrivileges(admin, role)).as("function privileges of %s", role)
                    .containsExactlyInAnyOrderEntriesOf(FUNCTION_PRIVILEGES);
            assertThat(schemaPrivileges(admin, role)).as("schema privileges of %s", role).containsExactly("USAGE");
        }
    }

    /** Every relation of the schema (tables, views, sequences) with what the role may do on it, inherited or not. */
    private static Map<String, Set<String>> tablePrivileges(Connection admin, String role) throws SQLException {
        Map<String, Set<String>> privileges = new TreeMap<>();
        try (PreparedStatement query = admin.prepareStatement("select c.relname, array(select p from unnest("
                + "array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p"
                + " where has_table_privilege(?, c.oid, p))"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'portal' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    privileges.put(rows.getString(1), Set.of((String[]) rows.getArray(2).getArray()));
                }
            }
        }
        return privileges;
    }

    private static Map<String, Boolean> functionPrivileges(Connection admin, String role) throws SQLException {
        Map<String, Boolean> privileges = new TreeMap<>();
        try (PreparedStatement query = admin.prepareStatement("select p.oid::regprocedure::text,"
                + " has_function_privilege(?, p.oid, 'EXECUTE')"
                + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'portal'")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    privileges.put(rows.getString(1), rows.getBoolean(2));
                }
            }
        }
        return privileges;
    }

    private static List<String> schemaPrivileges(Connection admin, String role) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select array(select p from unnest("
                + "array['USAGE', 'CREATE']) p where has_schema_privilege(?, 'portal', p))")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return List.of((String[]) row.getArray(1).getArray());
            }
        }
    }
}
