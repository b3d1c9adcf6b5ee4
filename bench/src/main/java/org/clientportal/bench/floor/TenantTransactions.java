package org.clientportal.bench.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One transaction per request whose first statement binds the tenant and the agency audience with the
 * very statement the product's transaction adapter sends, so row-level security does the same work.
 */
final class TenantTransactions {

    /** As in the product: tenant, audience, client, contact and statement timeout, local to the transaction. */
    private static final String BIND = "select set_config('portal.tenant_id', ?, true),"
            + " set_config('portal.audience', ?, true), set_config('portal.client_id', ?, true),"
            + " set_config('portal.contact_id', ?, true), set_config('statement_timeout', ?, true)";

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource pool;

    TenantTransactions(DataSource pool) {
        this.pool = pool;
    }

    <T> T inTenant(UUID tenant, Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                bind(connection, tenant);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void bind(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement(BIND)) {
            bind.setString(1, tenant.toString());
            bind.setString(2, "agency");
            bind.setString(3, "");
            bind.setString(4, "");
            bind.setString(5, "5000ms");
            bind.executeQuery().close();
        }
    }
}
