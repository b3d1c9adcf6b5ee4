package org.clientportal.adapters.persistence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where PostgreSQL is and which roles to use. The admin role creates the database and the runtime
 * role, migrates and owns the schema; the service itself then works only as the runtime role, which
 * row-level security binds.
 *
 * @param jdbcUrl         {@code jdbc:postgresql://host:port/database}; the database is created when missing
 * @param adminUser       a role that may create roles and databases and own the schema
 * @param adminPassword   empty when the server trusts the connection
 * @param runtimeRole     the role the service works as; created when missing, never a superuser
 * @param runtimePassword the runtime role's own password, never the admin's by default; may be empty only when
 *                        the admin's is empty too (a server that trusts the connection)
 * @param poolSize        the most connections the service holds open at once
 */
public record PersistenceSettings(String jdbcUrl, String adminUser, String adminPassword, String runtimeRole,
                                  String runtimePassword, int poolSize) {

    public static final String DEFAULT_RUNTIME_ROLE = "portal_app";
    public static final int DEFAULT_POOL_SIZE = 10;

    /** Plain identifiers only: the name is written into GRANT statements. */
    private static final Pattern ROLE_NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    public PersistenceSettings {
        JdbcUrl.parse(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        Objects.requireNonNull(adminUser, "adminUser");
        adminPassword = adminPassword == null ? "" : adminPassword;
        runtimeRole = runtimeRole == null || runtimeRole.isBlank() ? DEFAULT_RUNTIME_ROLE : runtimeRole;
        if (!ROLE_NAME.matcher(runtimeRole).matches()) {
            throw new IllegalArgumentException("runtimeRole must be a lower-case identifier, not " + runtimeRole);
        }
        if (runtimeRole.equals(adminUser)) {
            throw new IllegalArgumentException("runtimeRole must differ from adminUser: the owner of the tables"
                    + " is not bound by row-level security the way the service must be");
        }
        runtimePassword = runtimePassword == null ? "" : runtimePassword;
        if (runtimePassword.isEmpty() && !adminPassword.isEmpty()) {
            throw new IllegalArgumentException("the runtime role " + runtimeRole + " needs its own password"
                    + " (PORTAL_DB_APP_PASSWORD) when the admin role " + adminUser + " has one (PORTAL_DB_PASSWORD);"
                    + " it never reuses the admin's");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
        }
    }

    /** The default runtime role {@value #DEFAULT_RUNTIME_ROLE} with its own password, and a pool of 10. */
    public static PersistenceSettings of(String jdbcUrl, String adminUser, String adminPassword,
                                         String runtimePassword) {
        return new PersistenceSettings(jdbcUrl, adminUser, adminPassword, DEFAULT_RUNTIME_ROLE, runtimePassword,
                DEFAULT_POOL_SIZE);
    }

    /** An empty or null password is allowed only when the admin's is empty too. */
    public PersistenceSettings withRuntimeRole(String role, String password) {
        return new PersistenceSettings(jdbcUrl, adminUser, adminPassword, role, password, poolSize);
    }

    public PersistenceSettings withPoolSize(int size) {
        return new PersistenceSettings(jdbcUrl, adminUser, adminPassword, runtimeRole, runtimePassword, size);
    }

    /** Never prints a password. */
    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + jdbcUrl + ", adminUser=" + adminUser + ", runtimeRole=" + runtimeRole
                + ", poolSize=" + poolSize + "]";
    }
}
