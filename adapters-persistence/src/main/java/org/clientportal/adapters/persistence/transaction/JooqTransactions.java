package org.clientportal.adapters.persistence.transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction.Open;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database transaction per use case. Its first statement binds the transaction to a tenant
 * and an audience (the agency, or one client's contact in the portal), or to none, which is what
 * row-level security filters on; the setting and the statement timeout
 * are local to the transaction, so a pooled connection carries nothing over to the next one.
 * A nested call for the same tenant joins the open transaction; anything else is a bug.
 *
 * <p>How database failures reach the caller: a database that does not answer or ends the
 * connection, or a statement that runs past the timeout, is {@code dependency-unavailable} (503). A
 * transaction PostgreSQL aborted for a deadlock or a serialization failure is run once more from the
 * start (by the outermost call only; nested calls are part of it); failing again, it is
 * {@code concurrent-modification} (409).
 */
public final class JooqTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JooqTransactions.class);

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

    /** The first run and one retry. */
    private static final int ATTEMPTS = 2;

    private static final String BIND = "select set_config('portal.tenant_id', ?, true),"
            + " set_config('portal.audience', ?, true), set_config('portal.client_id', ?, true),"
            + " set_config('portal.contact_id', ?, true), set_config('statement_timeout', ?, true)";

    private static final String QUERY_CANCELED = "57014";
    /** Operator intervention: the server ended the connection (terminated, shutting down, starting up). */
    private static final String CONNECTION_ENDED_BY_THE_SERVER = "57P";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

    private final DSLContext dsl;
    private final Duration statementTimeout;

    public JooqTransactions(DSLContext dsl) {
        this(dsl, STATEMENT_TIMEOUT);
    }

    /** With another statement timeout: tests that need one to expire. */
    JooqTransactions(DSLContext dsl, Duration statementTimeout) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.statementTimeout = Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("statementTimeout must be at least 1 ms");
        }
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(Binding.agency(Objects.requireNonNull(tenant, "tenant")), work);
    }

    @Override
    public <T> T inPortal(PortalScope scope, Supplier<T> work) {
        return run(Binding.portal(Objects.requireNonNull(scope, "scope")), work);
    }

    @Override
    public <T> T inClientView(TenantId tenant, ClientId client, Supplier<T> work) {
        Binding view = Binding.clientView(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(client, "client"));
        Optional<Open> outer = CurrentTransaction.open();
        if (outer.isEmpty() || outer.get().binding().equals(view)) {
            return run(view, work);
        }
        if (!outer.get().binding().equals(Binding.agency(tenant))) {
            throw new IllegalStateException("a transaction bound to " + outer.get().binding()
                    + " is open on this thread; only the agency's of the same tenant narrows to " + view);
        }
        return narrowed(outer.get(), view, work);
    }

    /**
     * The agency's transaction bound to the client's view for the work, and to the agency again after
     * it, also when it fails: a caller that goes on in the transaction sees all of the tenant's rows
     * again. (When the failure aborted the transaction, binding again fails too; the first failure is
     * the one thrown.)
     */
    private <T> T narrowed(Open outer, Binding view, Supplier<T> work) {
        try {
            return outer.dsl().connectionResult(connection -> {
                bind(connection, view);
                T result;
                try {
                    result = CurrentTransaction.runInside(new Open(outer.dsl(), view), work);
                } catch (RuntimeException | Error e) {
                    try {
                        bind(connection, outer.binding());
                    } catch (SQLException rebinding) {
                        e.addSuppressed(rebinding);
                    }
                    throw e;
                }
                bind(connection, outer.binding());
                return result;
            });
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    @Override
    public <T> T outsideTenant(Supplier<T> work) {
        return run(Binding.none(), work);
    }

    /**
     * The pool's connections are in autocommit mode outside {@link #once}, so the statement is its own
     * transaction; it is bound to no tenant unless it binds one itself (a function does).
     */
    @Override
    public <T> T singleStatement(Supplier<T> work) {
        if (CurrentTransaction.open().isPresent()) {
            throw new IllegalStateException("a single statement binds its own tenant; it cannot run in an open transaction");
        }
        try {
            return CurrentTransaction.runInside(new Open(dsl, Binding.none()), work);
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    private <T> T run(Binding binding, Supplier<T> work) {
        Optional<Open> outer = CurrentTransaction.open();
        if (outer.isPresent()) {
            return join(outer.get(), binding, work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(binding, work);
            } catch (DataAccessException e) {
                if (!abortedByAConcurrentOne(e)) {
                    throw translated(e);
                }
                if (attempt == ATTEMPTS) {
                    throw conflict(e);
                }
                LOG.info("Transaction aborted by PostgreSQL ({}), running it again: {}", e.sqlState(),
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }
    }

    private <T> T once(Binding binding, Supplier<T> work) {
        // jOOQ rolls back on any exception and rethrows a RuntimeException as it is, so domain
        // errors reach the caller unchanged.
        return dsl.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            transaction.connection(connection -> bind(connection, binding));
            return CurrentTransaction.runInside(new Open(transaction, binding), work);
        });
    }

    /**
     * Through JDBC rather than jOOQ: the statement opens every transaction, and jOOQ's handling of
     * it (rendering, a result read from the driver's metadata) cost half as much as a read by key's
     * own query. An SQLException reaches the caller as jOOQ's DataAccessException, like any other.
     */
    private void bind(Connection connection, Binding binding) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            statement.setString(1, binding.tenant());
            statement.setString(2, binding.audience());
            statement.setString(3, binding.client());
            statement.setString(4, binding.contact());
            statement.setString(5, statementTimeout.toMillis() + "ms");
            statement.execute();
        }
    }

    /** PostgreSQL gave this transaction up so that a concurrent one could go on; running it again may well work. */
    private static boolean abortedByAConcurrentOne(DataAccessException e) {
        return DEADLOCK_DETECTED.equals(e.sqlState()) || SERIALIZATION_FAILURE.equals(e.sqlState());
    }

    private RuntimeException translated(DataAccessException e) {
        if (lostConnection(e)) {
            return new DependencyUnavailable("database", e);
        }
        if (QUERY_CANCELED.equals(e.sqlState())) {
            return new DependencyUnavailable("database",
                    "The database did not answer within " + inWords(statementTimeout) + "; try again shortly", e);
        }
        return e;
    }

    private static DomainError conflict(DataAccessException e) {
        DomainError conflict = new DomainError(ErrorKind.CONFLICT, "concurrent-modification",
                "The change collided with concurrent changes to the same records, twice; send the request again");
        conflict.initCause(e);
        return conflict;
    }

    /**
     * No connection in time from the pool, the one we had broke, or the server ended it: the database
     * is not answering. (The pool drops such a connection by the same SQLSTATEs, so the next request
     * gets a fresh one.)
     */
    private static boolean lostConnection(DataAccessException e) {
        return e.getCause(SQLTransientConnectionException.class) != null
                || e.sqlStateClass() == SQLStateClass.C08_CONNECTION_EXCEPTION
                || (e.sqlState() != null && e.sqlState().startsWith(CONNECTION_ENDED_BY_THE_SERVER));
    }

    private static <T> T join(Open outer, Binding binding, Supplier<T> work) {
        if (!outer.binding().equals(binding)) {
            throw new IllegalStateException("a transaction bound to " + outer.binding()
                    + " is open on this thread; a nested one bound to " + binding + " cannot join it");
        }
        return work.get();
    }

    /** {@code 5 s}, {@code 200 ms}. */
    private static String inWords(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
