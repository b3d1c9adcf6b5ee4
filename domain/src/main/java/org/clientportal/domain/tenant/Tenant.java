package org.clientportal.domain.tenant;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.shared.TenantId;

/** An agency: the boundary every other record lives inside. */
public record Tenant(TenantId id, String name, TenantSlug slug, Instant createdAt) {

    public static final int NAME_MAX = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
