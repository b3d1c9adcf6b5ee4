package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * Transactions over the fakes' {@link TransactionalMap}s, one at a time like a serializable
 * database: nested work joins the open transaction, a failure rolls back everything it wrote, and a
 * write with no transaction open fails. Remembers which tenant each transaction was bound to.
 */
public final class InMemoryTransactions implements Transactions {

    private final List<Optional<TenantId>> opened = new CopyOnWriteArrayList<>();
    private final List<TransactionalMap<?, ?>> tables = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(Optional.of(tenant), work);
    }

    /** The fakes have no row-level security to bind: a portal transaction is one of its tenant's. */
    @Override
    public <T> T inPortal(PortalScope scope, Supplier<T> work) {
        return run(Optional.of(scope.tenantId()), work);
    }

    /** Nor a client's view to narrow to: the work runs in (or joins) a transaction of the tenant. */
    @Override
    public <T> T inClientView(TenantId tenant, ClientId client, Supplier<T> work) {
        return run(Optional.of(tenant), work);
    }

    @Override
    public <T> T outsideTenant(Supplier<T> work) {
        return run(Optional.empty(), work);
    }

    /** The fakes have no statements: the work reads the maps as they are. */
    @Override
    public <T> T singleStatement(Supplier<T> work) {
        if (depth.get() > 0) {
            throw new IllegalStateException("a single statement was run inside a transaction");
        }
        return work.get();
    }

    public List<Optional<TenantId>> opened() {
        return List.copyOf(opened);
    }

    void enlist(TransactionalMap<?, ?> table) {
        tables.add(table);
    }

    void requireOpen() {
        if (depth.get() == 0) {
            throw new IllegalStateException("a fake repository was written outside a transaction");
        }
    }

    private <T> T run(Optional<TenantId> tenant, Supplier<T> work) {
        if (depth.get() > 0) {
            return nested(work);
        }
        synchronized (this) {
            opened.add(tenant);
            List<Runnable> rollback = new ArrayList<>();
            tables.forEach(table -> rollback.add(table.snapshot()));
            try {
                return nested(work);
            } catch (RuntimeException | Error e) {
                rollback.forEach(Runnable::run);
                throw e;
            }
        }
    }

    private <T> T nested(Supplier<T> work) {
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
        }
    }
}
