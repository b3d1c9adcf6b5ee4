package org.clientportal.adapters.persistence.tenant;

import static org.clientportal.adapters.persistence.generated.Tables.TENANTS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.generated.Routines;
import org.clientportal.adapters.persistence.generated.Tables;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

public final class JooqTenantRepository implements TenantRepository {

    /**
     * ON CONFLICT instead of catching the unique violation: the slug may be taken by a tenant this
     * transaction cannot see, and a failed statement would abort the whole transaction.
     */
    @Override
    public void add(Tenant tenant) {
        int inserted = CurrentTransaction.dsl().insertInto(TENANTS).set(TenantRows.toRecord(tenant))
                .onConflict(TENANTS.SLUG).doNothing()
                .execute();
        if (inserted == 0) {
            throw new AlreadyExists("tenant.slug-taken", "The slug " + tenant.slug() + " is taken");
        }
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return CurrentTransaction.dsl().selectFrom(TENANTS)
                .where(TENANTS.ID.eq(id.value()))
                .fetchOptional(TenantRows::toTenant);
    }

    /** Through the SECURITY DEFINER function: the runtime role cannot read other tenants' rows itself. */
    @Override
    public Optional<TenantId> idForSlug(TenantSlug slug) {
        UUID id = CurrentTransaction.dsl().select(Routines.tenantIdForSlug(slug.value())).fetchOne().value1();
        return Optional.ofNullable(id).map(TenantId::new);
    }

    /** Through the SECURITY DEFINER function, as the slug lookup. */
    @Override
    public List<TenantId> allIds() {
        return CurrentTransaction.dsl().selectFrom(Tables.TENANT_IDS.call()).fetch(r -> new TenantId(r.getTenantIds()));
    }
}
