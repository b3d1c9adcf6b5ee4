package org.clientportal.domain.operator;

import java.util.Optional;
import org.clientportal.domain.shared.Rejection;

/**
 * Keeps every agency in the hands of at least one owner, and ownership in the hands of owners:
 * only an owner may grant, change or take away the owner role.
 */
public final class OwnershipPolicy {

    private OwnershipPolicy() {
    }

    public static Optional<Rejection> mayChangeRole(Role actorRole, Operator target, Role newRole, long ownerCount) {
        if ((target.role() == Role.OWNER || newRole == Role.OWNER) && actorRole != Role.OWNER) {
            return Optional.of(Rejection.forbidden("operator.owner-only", "Only an owner may grant or change the owner role"));
        }
        if (target.role() == Role.OWNER && newRole != Role.OWNER && ownerCount <= 1) {
            return Optional.of(new Rejection("operator.last-owner", "The last owner cannot be demoted; make another operator owner first"));
        }
        return Optional.empty();
    }

    public static Optional<Rejection> mayRemove(Role actorRole, Operator target, long ownerCount) {
        if (target.role() == Role.OWNER && actorRole != Role.OWNER) {
            return Optional.of(Rejection.forbidden("operator.owner-only", "Only an owner may remove an owner"));
        }
        if (target.role() == Role.OWNER && ownerCount <= 1) {
            return Optional.of(new Rejection("operator.last-owner", "The last owner cannot be removed; make another operator owner first"));
        }
        return Optional.empty();
    }

    public static Optional<Rejection> mayGrant(Role actorRole, Role newRole) {
        if (newRole == Role.OWNER && actorRole != Role.OWNER) {
            return Optional.of(Rejection.forbidden("operator.owner-only", "Only an owner may grant the owner role"));
        }
        return Optional.empty();
    }
}
