package org.clientportal.application.attachment;

import java.time.Instant;
import java.util.UUID;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

/** A tenant stored straight through the ports, for tests of what files do within one. */
final class TenantsForTests {

    private TenantsForTests() {
    }

    static TenantId add(StoragePorts ports, String slug, Instant now) {
        TenantId id = new TenantId(UUID.randomUUID());
        ports.transactions().inTenant(id, () -> {
            ports.tenants().add(new Tenant(id, slug, new TenantSlug(slug), now));
            return null;
        });
        return id;
    }
}
