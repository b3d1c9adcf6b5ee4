package org.clientportal.application.fakes;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

public final class InMemoryTenantRepository implements TenantRepository {

    private final TransactionalMap<TenantId, Tenant> tenants;

    public InMemoryTenantRepository(InMemoryTransactions transactions) {
        this.tenants = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized void add(Tenant tenant) {
        if (idForSlug(tenant.slug()).isPresent()) {
            throw new AlreadyExists("tenant.slug-taken", "The slug " + tenant.slug() + " is taken");
        }
        tenants.put(tenant.id(), tenant);
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return tenants.get(id);
    }

    @Override
    public Optional<TenantId> idForSlug(TenantSlug slug) {
        return tenants.values().stream().filter(t -> t.slug().equals(slug)).map(Tenant::id).findFirst();
    }

    @Override
    public List<TenantId> allIds() {
        return tenants.values().stream().map(Tenant::id).toList();
    }
}
