package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients stored before task key prefixes existed get theirs in the migration that brings them:
 * the one their name suggests, numbered in order of creation when taken within the agency. The
 * schema is owned by a role that is no superuser, as on a managed database, so row-level security
 * applies to the migration too.
 */
class TaskKeyPrefixBackfillTest {

    private static final String BEFORE_TASKS = "11";

    private final TestServer server = TestServer.fromEnvironment();
    private final String database = TestServer.uniqueName("portal_t_backfill");
    private final String owner = TestServer.uniqueName("portal_t_owner");
    private final String ownerPassword = server.password().isEmpty() ? "" : "owner-" + server.password();

    @BeforeEach
    void aDatabaseOwnedByAPlainRole() throws SQLException {
        server.execute("create role " + owner + " login createrole"
                        + (ownerPassword.isEmpty() ? "" : " password '" + ownerPassword + "'"),
                "create database " + database + " owner " + owner);
    }

    @AfterEach
    void dropThem() throws SQLException {
        server.dropDatabase(database);
        server.execute("drop role if exists " + owner);
    }

    @Test
    void existingClients_getTheirDerivedPrefixes_numberedWithinEachAgencyInOrderOfCreation() throws SQLException {
        migrateAsOwner(BEFORE_TASKS);
        UUID acmeAgency = UUID.randomUUID();
        UUID otherAgency = UUID.randomUUID();
        List<String> names = List.of("Acme Ltd.", "Acme Ltd", "ACMELTD2", "Straße", "山田商事", "42 Monkeys Incorporated", "x");
        try (Connection admin = server.connect(database)) {
            insertAgency(admin, acmeAgency, "acme", names);
            insertAgency(admin, otherAgency, "other", List.of("Acme Ltd"));
        }

        PostgresPersistence.start(PersistenceSettings.of(server.jdbcUrl(database), owner, ownerPassword,
                server.runtimePassword()).withPoolSize(1), new SimpleMeterRegistry()).close();

        try (Connection admin = server.connect(database)) {
            assertThat(prefixes(admin, acmeAgency)).containsExactly(
                    Map.entry("Acme Ltd.", "ACMELTD"), Map.entry("Acme Ltd", "ACMELTD2"),
                    Map.entry("ACMELTD2", "ACMELTD22"), Map.entry("Straße", "STRASSE"),
                    Map.entry("山田商事", "CLIENT"), Map.entry("42 Monkeys Incorporated", "MONKEYSINC"),
                    Map.entry("x", "CLIENT2"));
            assertThat(prefixes(admin, otherAgency)).containsExactly(Map.entry("Acme Ltd", "ACMELTD"));
        }
        assertThat(names.stream().map(name -> TaskKeyPrefix.derivedFrom(name).value()).toList()).as("as the domain derives them")
                .containsExactly("ACMELTD", "ACMELTD", "ACMELTD2", "STRASSE", "CLIENT", "MONKEYSINC", "CLIENT");
    }

    private void migrateAsOwner(String target) {
        Flyway.configure()
                .dataSource(server.jdbcUrl(database), owner, ownerPassword)
                .schemas("portal")
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                // afterMigrate.sql grants to the runtime role; the start below runs it.
                .skipDefaultCallbacks(true)
                .load()
                .migrate();
    }

    /** As the server's superuser, which row-level security does not stop: the agency and its clients, a second apart. */
    private static void insertAgency(Connection admin, UUID tenant, String slug, List<String> clientNames)
            throws SQLException {
        try (PreparedStatement agency = admin.prepareStatement(
                "insert into portal.tenants (id, name, slug, created_at) values (?, ?, ?, now())")) {
            agency.setObject(1, tenant);
            agency.setString(2, slug);
            agency.setString(3, slug);
            agency.executeUpdate();
        }
        try (PreparedStatement client = admin.prepareStatement("insert into portal.clients (tenant_id, id, name,"
                + " status, source, version, created_at, updated_at, status_changed_at)"
                + " values (?, ?, ?, 'lead', 'manual', 1, now() + make_interval(secs => ?), now(), now())")) {
            for (int i = 0; i < clientNames.size(); i++) {
                client.setObject(1, tenant);
                client.setObject(2, UUID.randomUUID());
                client.setString(3, clientNames.get(i));
                client.setInt(4, i);
                client.executeUpdate();
            }
        }
    }

    private static List<Map.Entry<String, String>> prefixes(Connection admin, UUID tenant) throws SQLException {
        List<Map.Entry<String, String>> prefixes = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement("select name, task_key_prefix from portal.clients"
                + " where tenant_id = ? order by created_at")) {
            query.setObject(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    prefixes.add(Map.entry(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return prefixes;
    }
}
