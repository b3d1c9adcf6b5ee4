package org.clientportal.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Everything done as the admin role before the service takes traffic, safe to run at every start
 * and from several replicas at once: create the database, create the runtime role, migrate (whose
 * afterMigrate callback grants the runtime role its privileges). Every admin connection is closed
 * when this returns.
 */
final class DatabaseSetup {

    private static final String SCHEMA = "portal";

    private static final String MISSING_DATABASE = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private final PersistenceSettings settings;
    private final JdbcUrl url;

    DatabaseSetup(PersistenceSettings settings) {
        this.settings = settings;
        this.url = JdbcUrl.parse(settings.jdbcUrl());
    }

    void run() {
        createDatabaseIfMissing();
        ensureRuntimeRole();
        migrate();
    }

    private void createDatabaseIfMissing() {
        if (databaseExists()) {
            return;
        }
        JdbcUrl maintenance = url.withDatabase("postgres");
        try (Connection connection = Connections.open(maintenance, settings.adminUser(), settings.adminPassword())) {
            DSL.using(connection, SQLDialect.POSTGRES).execute("create database {0}", DSL.name(url.database()));
        } catch (DataAccessException e) {
            // Another replica (or test) created it between our two connections: that is what we wanted.
            if (!DUPLICATE_DATABASE.equals(e.sqlState()) && !UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new DatabaseSetupFailed("cannot create the database " + url + " as "
                        + settings.adminUser() + ": " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw Connections.failure(maintenance, settings.adminUser(), e);
        }
    }

    /** Connecting is the test: the server refuses a missing database with its own SQLSTATE. */
    private boolean databaseExists() {
        try {
            Connections.dataSource(url, settings.adminUser(), settings.adminPassword()).getConnection().close();
            return true;
        } catch (SQLException e) {
            if (MISSING_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw Connections.failure(url, settings.adminUser(), e);
        }
    }

    /**
     * Roles belong to the whole server, so another database's setup may create the same role at the
     * same moment: a duplicate is fine. Within this database, starts take turns (advisory lock), so
     * concurrent ALTER ROLEs do not collide.
     */
    private void ensureRuntimeRole() {
        String role = settings.runtimeRole();
        try (Connection connection = Connections.open(url, settings.adminUser(), settings.adminPassword())) {
            DSL.using(connection, SQLDialect.POSTGRES).transaction(configuration -> {
                DSLContext admin = configuration.dsl();
                admin.fetch("select pg_advisory_xact_lock(hashtext('portal.runtime-role'))");
                admin.execute("do $$ begin create role \"" + role + "\" login nosuperuser nocreatedb nocreaterole"
                        + " nobypassrls noinherit; exception when duplicate_object or unique_violation then null; end $$");
                if (!settings.runtimePassword().isEmpty()) {
                    admin.execute("alter role {0} password {1}", DSL.name(role), DSL.inline(settings.runtimePassword()));
                }
                refuseRoleThatBypassesSecurity(admin, role);
            });
        } catch (SQLException e) {
            throw Connections.failure(url, settings.adminUser(), e);
        } catch (DataAccessException e) {
            throw new DatabaseSetupFailed("cannot set up the runtime role " + role + " as " + settings.adminUser()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pre-existing role of that name might be a superuser, or a member of another role (the owner
     * of the tables, a superuser, anyone) whose privileges it inherits or can SET ROLE to; row-level
     * security and the narrow grants would then be void.
     */
    private static void refuseRoleThatBypassesSecurity(DSLContext admin, String role) {
        Record facts = admin.fetchOne("select r.rolsuper or r.rolbypassrls,"
                + " array(select g.rolname::text from pg_catalog.pg_auth_members m"
                + "       join pg_catalog.pg_roles g on g.oid = m.roleid where m.member = r.oid order by g.rolname)"
                + " from pg_catalog.pg_roles r where r.rolname = ?", role);
        if (facts.get(0, Boolean.class)) {
            throw new DatabaseSetupFailed("the runtime role " + role + " is a superuser or may bypass row-level"
                    + " security; configure a plain role for the service (PORTAL_DB_APP_USER)", null);
        }
        String[] memberOf = facts.get(1, String[].class);
        if (memberOf.length > 0) {
            throw new DatabaseSetupFailed("the runtime role " + role + " belongs to the role(s) "
                    + String.join(", ", memberOf) + " and could use their privileges; configure a plain role for the"
                    + " service, member of no other role (PORTAL_DB_APP_USER)", null);
        }
    }

    private void migrate() {
        try {
            flyway().migrate();
        } catch (FlywayException e) {
            throw new DatabaseSetupFailed("migrating the schema of " + url + " failed: " + e.getMessage(), e);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(Connections.dataSource(url, settings.adminUser(), settings.adminPassword()))
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", settings.runtimeRole()))
                .load();
    }
}
