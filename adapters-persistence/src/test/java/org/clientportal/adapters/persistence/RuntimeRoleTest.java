package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.clientportal.adapters.persistence.testing.TestDatabase;
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

    @Test
    void runtimeRole_mayReadAndAppendAuditEvents_andChangeBusinessRows() throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole(); Statement statement = connection.createStatement()) {
            assertThat(hasPrivilege(statement, "portal.audit_events", "select")).isTrue();
            assertThat(hasPrivilege(statement, "portal.audit_events", "insert")).isTrue();
            assertThat(hasPrivilege(statement, "portal.clients", "update")).isTrue();
            assertThat(hasPrivilege(statement, "portal.clients", "delete")).isTrue();
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

    private static boolean hasPrivilege(Statement statement, String table, String privilege) throws SQLException {
        try (ResultSet row = statement.executeQuery(
                "select has_table_privilege('" + table + "', '" + privilege + "')")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
