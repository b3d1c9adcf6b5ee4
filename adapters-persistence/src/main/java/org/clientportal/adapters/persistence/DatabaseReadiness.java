package org.clientportal.adapters.persistence;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.clientportal.application.port.ReadinessCheck;

/** Answers whether PostgreSQL runs a trivial query for the service right now. */
final class DatabaseReadiness implements ReadinessCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource pool;

    DatabaseReadiness(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isReady() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("select 1");
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
