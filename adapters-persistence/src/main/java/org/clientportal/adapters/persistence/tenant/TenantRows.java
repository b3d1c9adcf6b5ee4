package org.clientportal.adapters.persistence.tenant;

import org.clientportal.adapters.persistence.generated.tables.records.TenantsRecord;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

/** Converts between tenants rows and {@link Tenant}. */
final class TenantRows {

    private TenantRows() {
    }

    static TenantsRecord toRecord(Tenant tenant) {
        TenantsRecord record = new TenantsRecord();
        record.setId(tenant.id().value());
        record.setName(tenant.name());
        record.setSlug(tenant.slug().value());
        record.setCreatedAt(tenant.createdAt());
        return record;
    }

    static Tenant toTenant(TenantsRecord record) {
        return new Tenant(new TenantId(record.getId()), record.getName(), new TenantSlug(record.getSlug()),
                record.getCreatedAt());
    }
}
