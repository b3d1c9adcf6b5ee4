package org.clientportal.application.shared;

import java.util.Objects;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;

/** The resolved caller of a use case: tenant, principal and the request it came with. */
public record Actor(TenantId tenantId, Principal principal, String requestId) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Throws {@link AccessDenied} unless the principal acts with a role that grants the permission and,
     * for an API key, with a scope that covers it.
     */
    public void require(Permission permission) {
        Role role = principal.actingRole().orElseThrow(() -> AccessDenied.withoutRole(principal, permission));
        if (!role.grants(permission)) {
            throw new AccessDenied(role, permission);
        }
        if (principal instanceof Principal.ApiKey key && !ApiKey.scopesCover(key.scopes(), permission)) {
            throw AccessDenied.scopeMissing(key.scopes(), permission);
        }
    }

    /**
     * The signed-in person behind this request, for what only a person may do (issue API keys, manage
     * operators and roles); an API key or any other principal is refused with {@link AccessDenied}.
     */
    public Principal.Operator signedInOperator(Permission permission) {
        require(permission);
        if (principal instanceof Principal.Operator operator) {
            return operator;
        }
        throw AccessDenied.personOnly(permission);
    }
}
