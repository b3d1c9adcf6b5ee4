package org.clientportal.application.shared;

import java.util.Objects;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;

/** The resolved caller of a use case: tenant, principal, effective role and the request it came with. */
public record Actor(TenantId tenantId, Principal principal, Role role, String requestId) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** Throws {@link AccessDenied} unless the role grants the permission. */
    public void require(Permission permission) {
        if (!role.grants(permission)) {
            throw new AccessDenied(role, permission);
        }
    }
}
