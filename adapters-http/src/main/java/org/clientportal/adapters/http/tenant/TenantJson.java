package org.clientportal.adapters.http.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.tenant.Tenant;

@Schema(name = "Tenant", description = "An agency: the tenant that owns every other record.")
public record TenantJson(@Schema(description = "Opaque id.") String id,
                         @Schema(description = "The agency's name.") String name,
                         @Schema(description = "The agency's short name, used at sign-in and in the public intake URL.")
                         String slug,
                         @Schema(description = "When the agency signed up.") Instant createdAt) {

    public static TenantJson of(Tenant tenant) {
        return new TenantJson(tenant.id().toString(), tenant.name(), tenant.slug().value(), tenant.createdAt());
    }
}
