package org.clientportal.application.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** The caller is known but its role (or a contact's portal rights) does not allow this. */
public final class AccessDenied extends DomainError {

    private static final long serialVersionUID = 1L;

    public AccessDenied(Role role, Permission permission) {
        super(ErrorKind.FORBIDDEN, "forbidden",
                "The role " + role.name().toLowerCase(Locale.ROOT) + " may not "
                        + permission.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                Map.of("role", role.name().toLowerCase(Locale.ROOT),
                        "permission", permission.name().toLowerCase(Locale.ROOT)));
    }

    public AccessDenied(String message) {
        super(ErrorKind.FORBIDDEN, "forbidden", message);
    }

    private AccessDenied(String code, String message, Map<String, Object> details) {
        super(ErrorKind.FORBIDDEN, code, message, details);
    }

    /** A principal that acts with no role at all (the public form, a system job). */
    static AccessDenied withoutRole(Principal principal, Permission permission) {
        return new AccessDenied("forbidden", principal.name() + " may not " + words(permission),
                Map.of("permission", permission.name().toLowerCase(Locale.ROOT)));
    }

    /** Only a person signed in with a session may do this; an API key may not, whatever its role. */
    static AccessDenied personOnly(Permission permission) {
        return new AccessDenied("signed-in-operator-required",
                "Only an operator signed in with a session may " + words(permission) + "; API keys may not",
                Map.of("permission", permission.name().toLowerCase(Locale.ROOT)));
    }

    /** A contact without the portal right this needs: the agency has not granted it. */
    static AccessDenied portalRightMissing(PortalRight right) {
        String name = right.name().toLowerCase(Locale.ROOT);
        return new AccessDenied("portal-right-missing",
                "This needs the portal right '" + name + "', which the agency has not given this contact",
                Map.of("right", name));
    }

    /** An API key whose scopes do not cover the permission, whatever its role grants. */
    static AccessDenied scopeMissing(Set<ApiKeyScope> scopes, Permission permission) {
        List<String> held = scopes.stream().map(ApiKeyScope::wireName).sorted().toList();
        return new AccessDenied("api-key.scope-missing", "This API key's scopes (" + String.join(", ", held)
                + ") do not cover " + words(permission) + "; issue a key with the scope it needs",
                Map.of("permission", permission.name().toLowerCase(Locale.ROOT), "scopes", held));
    }

    private static String words(Permission permission) {
        return permission.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
