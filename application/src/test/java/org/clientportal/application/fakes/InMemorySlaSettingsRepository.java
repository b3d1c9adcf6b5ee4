package org.clientportal.application.fakes;

import java.util.Optional;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/** Each agency's business hours and targets, as set, each at its version. */
public final class InMemorySlaSettingsRepository implements SlaSettingsRepository {

    private final TransactionalMap<TenantId, Versioned<BusinessHours>> hours;
    private final TransactionalMap<TenantId, Versioned<SlaPolicy>> policies;

    public InMemorySlaSettingsRepository(InMemoryTransactions transactions) {
        this.hours = new TransactionalMap<>(transactions);
        this.policies = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<Versioned<BusinessHours>> businessHours(TenantId tenant) {
        return hours.get(tenant);
    }

    @Override
    public synchronized void saveBusinessHours(TenantId tenant, BusinessHours businessHours, long expectedVersion) {
        hours.put(tenant, next(hours, tenant, businessHours, expectedVersion, "business-hours"));
    }

    @Override
    public Optional<Versioned<SlaPolicy>> policy(TenantId tenant) {
        return policies.get(tenant);
    }

    @Override
    public synchronized void savePolicy(TenantId tenant, SlaPolicy policy, long expectedVersion) {
        policies.put(tenant, next(policies, tenant, policy, expectedVersion, "sla-policy"));
    }

    private static <T> Versioned<T> next(TransactionalMap<TenantId, Versioned<T>> stored, TenantId tenant, T value,
                                         long expectedVersion, String entity) {
        long current = stored.get(tenant).map(Versioned::version).orElse(0L);
        if (current != expectedVersion) {
            throw new ConcurrentModification(entity, tenant.toString());
        }
        return new Versioned<>(value, current + 1);
    }
}
