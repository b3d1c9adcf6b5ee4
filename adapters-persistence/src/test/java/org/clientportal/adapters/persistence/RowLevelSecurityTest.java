package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Isolation proven on the database itself, as the runtime role and without the repositories'
 * own tenant filters: queries with no WHERE clause, under one tenant's setting or none.
 */
class RowLevelSecurityTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static TenantId alpha;
    private static TenantId beta;

    @BeforeAll
    static void twoTenantsWithTwoClientsEach() {
        alpha = tenantWithClients("alpha");
        beta = tenantWithClients("beta");
    }

    @Test
    void underTenantAlpha_anUnfilteredSelect_returnsAlphasRowsOnly() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select tenant_id from portal.clients")).hasSize(2).containsOnly(alpha.value());
            assertThat(uuids(connection, "select id from portal.tenants")).containsExactly(alpha.value());
        }
    }

    @Test
    void withNoTenantSet_noTableShowsAnyRow() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.empty())) {
            for (String table : tenantTables()) {
                assertThat(uuids(connection, "select tenant_id from portal." + table)).as(table).isEmpty();
            }
            assertThat(uuids(connection, "select id from portal.tenants")).isEmpty();
        }
    }

    @Test
    void underTenantAlpha_insertingARowOfTenantBeta_isRefused() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha));
             PreparedStatement insert = connection.prepareStatement("insert into portal.clients (tenant_id, id, name,"
                     + " status, source, version, created_at, updated_at, status_changed_at)"
                     + " values (?, ?, 'Smuggled', 'lead', 'manual', 1, now(), now(), now())")) {
            insert.setObject(1, beta.value());
            insert.setObject(2, UUID.randomUUID());

            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void underTenantAlpha_updatesAndDeletesOfBetasRows_touchNothing() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha));
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update portal.clients set name = 'Hijacked' where tenant_id = '"
                    + beta.value() + "'")).isZero();
            assertThat(statement.executeUpdate("delete from portal.clients where tenant_id = '" + beta.value() + "'"))
                    .isZero();
        }
    }

    @Test
    void everyTableWithATenantColumn_forcesRowLevelSecurity() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection admin = DATABASE.connectAsAdmin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("select c.relname from pg_class c"
                     + " join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'portal' and c.relkind = 'r'"
                     + " and (c.relname = 'tenants' or exists (select 1 from pg_attribute a"
                     + "      where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped))"
                     + " and not (c.relrowsecurity and c.relforcerowsecurity)")) {
            while (rows.next()) {
                unprotected.add(rows.getString(1));
            }
        }
        assertThat(unprotected).isEmpty();
        assertThat(tenantTables()).contains("clients", "projects", "milestones", "operators", "api_keys",
                "audit_events", "idempotency_records");
    }

    /** A connection as the runtime role inside an open transaction bound like the adapter binds it. */
    private static Connection transactionAsRuntimeRole(Optional<TenantId> tenant) throws SQLException {
        Connection connection = DATABASE.connectAsRuntimeRole();
        connection.setAutoCommit(false);
        try (PreparedStatement bind = connection.prepareStatement("select set_config('portal.tenant_id', ?, true)")) {
            bind.setString(1, tenant.map(TenantId::toString).orElse(""));
            bind.execute();
        }
        return connection;
    }

    private static List<String> tenantTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = DATABASE.connectAsAdmin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.columns"
                     + " where table_schema = 'portal' and column_name = 'tenant_id' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<UUID> uuids(Connection connection, String sql) throws SQLException {
        List<UUID> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getObject(1, UUID.class));
            }
        }
        return values;
    }

    private static TenantId tenantWithClients(String slug) {
        PostgresPersistence persistence = DATABASE.persistence();
        TenantId tenant = new TenantId(UUID.randomUUID());
        return persistence.transactions().inTenant(tenant, () -> {
            persistence.tenants().add(new Tenant(tenant, slug, new TenantSlug(slug), NOW));
            for (String name : List.of(slug + " one", slug + " two")) {
                persistence.clients().add(Client.create(new ClientId(UUID.randomUUID()), tenant,
                        new ClientProfile(name, Optional.empty(), Optional.empty(), Optional.empty()),
                        ClientSource.MANUAL, Optional.empty(), NOW));
            }
            return tenant;
        });
    }
}
