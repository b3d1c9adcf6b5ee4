package org.clientportal.application.operator;

import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.StatusNames;

/** Reads a role from its wire name ({@code owner}, {@code admin}, {@code member}, {@code viewer}). */
public final class RoleNames {

    private RoleNames() {
    }

    public static Role parse(String raw) {
        return StatusNames.parse(Role.class, raw);
    }
}
