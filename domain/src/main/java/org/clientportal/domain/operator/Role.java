package org.clientportal.domain.operator;

import java.util.EnumSet;
import java.util.Set;

/** An operator's role in the agency; each grants a fixed set of permissions. */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    MEMBER(EnumSet.of(Permission.READ, Permission.WRITE, Permission.WRITE_METRICS)),
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles are declared from most to least rights. */
    public boolean outranks(Role other) {
        return ordinal() < other.ordinal();
    }
}
