package org.clientportal.application.shared;

import java.util.Locale;
import java.util.Map;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** The caller is known but its role does not allow this. */
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
}
