package org.clientportal.application.fakes;

import java.util.Optional;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/** Each agency's business hours and targets, as set. */
public final class InMemorySlaSettingsRepository implements SlaSettingsRepository {

    private final TransactionalMap<TenantId, BusinessHours> hours;
    private final TransactionalMap<TenantId, SlaPolicy> policies;

    public InMemorySlaSettingsRepository(InMemoryTransactions transactions) {
        this.hours = new TransactionalMap<>(transactions);
        this.policies = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<BusinessHours> businessHours(TenantId tenant) {
        return hours.get(tenant);
    }

    @Override
    public void saveBusinessHours(TenantId tenant, BusinessHours businessHours) {
        hours.put(tenant, businessHours);
    }

    @Override
    public Optional<SlaPolicy> policy(TenantId tenant) {
        return policies.get(tenant);
    }

    @Override
    public void savePolicy(TenantId tenant, SlaPolicy policy) {
        policies.put(tenant, policy);
    }
}
