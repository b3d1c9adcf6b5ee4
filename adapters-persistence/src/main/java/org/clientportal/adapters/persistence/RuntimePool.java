package org.clientportal.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;

/** The service's connections, all as the runtime role, which row-level security binds. */
final class RuntimePool {

    /** A request waits this long for a connection before failing as "database unavailable". */
    private static final long CONNECTION_TIMEOUT_MILLIS = 3_000;
    private static final long VALIDATION_TIMEOUT_MILLIS = 1_000;

    private RuntimePool() {
    }

    /** {@code meters} receives the pool's gauges and timers ({@code hikaricp.connections.*}). */
    static HikariDataSource open(PersistenceSettings settings, MeterRegistry meters) {
        JdbcUrl url = JdbcUrl.parse(settings.jdbcUrl());
        HikariConfig config = new HikariConfig();
        config.setPoolName("portal-db");
        config.setJdbcUrl(url.value());
        config.setUsername(settings.runtimeRole());
        config.setPassword(settings.runtimePassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        config.addDataSourceProperty("connectTimeout", String.valueOf(Connections.CONNECT_TIMEOUT_SECONDS));
        config.addDataSourceProperty("ApplicationName", "client-portal");
        // Milestones are written several rows at a time.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException cause && Connections.isRefusal(cause)) {
                throw new DatabaseUnreachable(url, settings.runtimeRole(), cause);
            }
            throw e;
        }
    }
}
