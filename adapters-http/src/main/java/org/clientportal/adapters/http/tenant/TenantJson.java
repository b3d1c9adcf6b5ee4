package org.clientportal.adapters.http.tenant;

import java.time.Instant;
import org.clientportal.domain.tenant.Tenant;

public record TenantJson(String id, String name, String slug, Instant createdAt) {

    public static TenantJson of(Tenant tenant) {
        return new TenantJson(tenant.id().toString(), tenant.name(), tenant.slug().value(), tenant.createdAt());
    }
}
