package org.clientportal.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Plain connections for the setup steps, and which of their failures mean "cannot get in". */
final class Connections {

    /** Seconds to wait for a server that does not answer at all. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    /** SQLSTATE classes and codes of a refused connection: 08 connection, 28 login, 3D no database. */
    private static final Set<String> REFUSALS = Set.of("08", "28", "3D", "53300", "57P03");

    private Connections() {
    }

    static DataSource dataSource(JdbcUrl url, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url.value());
        source.setUser(user);
        source.setPassword(password);
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName("client-portal-setup");
        return source;
    }

    static Connection open(JdbcUrl url, String user, String password) {
        try {
            return dataSource(url, user, password).getConnection();
        } catch (SQLException e) {
            throw failure(url, user, e);
        }
    }

    static RuntimeException failure(JdbcUrl url, String user, SQLException e) {
        return isRefusal(e) ? new DatabaseUnreachable(url, user, e) : new IllegalStateException(e);
    }

    static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        return state != null && (REFUSALS.contains(state) || REFUSALS.contains(state.substring(0, 2)));
    }
}
