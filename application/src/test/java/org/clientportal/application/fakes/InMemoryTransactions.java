package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.shared.TenantId;

/** Runs work directly and remembers which tenant each transaction was bound to. */
public final class InMemoryTransactions implements Transactions {

    private final List<Optional<TenantId>> opened = new ArrayList<>();

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        opened.add(Optional.of(tenant));
        return work.get();
    }

    @Override
    public <T> T outsideTenant(Supplier<T> work) {
        opened.add(Optional.empty());
        return work.get();
    }

    public List<Optional<TenantId>> opened() {
        return List.copyOf(opened);
    }
}
