package org.clientportal.application.port;

import java.util.List;
import java.util.Optional;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

public interface TenantRepository {

    /** Throws {@link org.clientportal.domain.shared.AlreadyExists} (tenant.slug-taken) for a taken slug. */
    void add(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    /** The one lookup across tenants; works outside any tenant and reveals nothing but the id. */
    Optional<TenantId> idForSlug(TenantSlug slug);

    /** Every tenant's id and nothing else, for work that visits them one by one; works outside any tenant. */
    List<TenantId> allIds();
}
