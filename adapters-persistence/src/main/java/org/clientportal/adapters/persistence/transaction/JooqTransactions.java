package org.clientportal.adapters.persistence.transaction;

import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction.Open;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.TenantId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * One database transaction per use case. Its first statement binds the transaction to a tenant
 * (or to none), which is what row-level security filters on; the setting and the statement timeout
 * are local to the transaction, so a pooled connection carries nothing over to the next one.
 * A nested call for the same tenant joins the open transaction; anything else is a bug.
 */
public final class JooqTransactions implements Transactions {

    private static final String STATEMENT_TIMEOUT = "5s";

    private static final String BIND = "select set_config('portal.tenant_id', ?, true),"
            + " set_config('statement_timeout', ?, true)";

    private final DSLContext dsl;

    public JooqTransactions(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(Optional.of(Objects.requireNonNull(tenant, "tenant")), work);
    }

    @Override
    public <T> T outsideTenant(Supplier<T> work) {
        return run(Optional.empty(), work);
    }

    private <T> T run(Optional<TenantId> tenant, Supplier<T> work) {
        Optional<Open> outer = CurrentTransaction.open();
        if (outer.isPresent()) {
            return join(outer.get(), tenant, work);
        }
        try {
            // jOOQ rolls back on any exception and rethrows a RuntimeException as it is, so domain
            // errors reach the caller unchanged.
            return dsl.transactionResult(configuration -> {
                DSLContext transaction = configuration.dsl();
                transaction.fetch(BIND, tenant.map(TenantId::toString).orElse(""), STATEMENT_TIMEOUT);
                return CurrentTransaction.runInside(new Open(transaction, tenant), work);
            });
        } catch (DataAccessException e) {
            throw lostConnection(e) ? new DependencyUnavailable("database", e) : e;
        }
    }

    /** No connection in time from the pool, or the one we had broke: the database is not answering. */
    private static boolean lostConnection(DataAccessException e) {
        return e.getCause(SQLTransientConnectionException.class) != null
                || e.sqlStateClass() == SQLStateClass.C08_CONNECTION_EXCEPTION;
    }

    private static <T> T join(Open outer, Optional<TenantId> tenant, Supplier<T> work) {
        if (!outer.tenant().equals(tenant)) {
            throw new IllegalStateException("a transaction bound to " + describe(outer.tenant())
                    + " is open on this thread; a nested one bound to " + describe(tenant) + " cannot join it");
        }
        return work.get();
    }

    private static String describe(Optional<TenantId> tenant) {
        return tenant.map(t -> "tenant " + t).orElse("no tenant");
    }
}
