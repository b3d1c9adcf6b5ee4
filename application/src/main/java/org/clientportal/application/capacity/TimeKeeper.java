package org.clientportal.application.capacity;

import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Permission;

/**
 * Whom a caller logs time as — the signed-in operator, or for an API key the operator who issued it —
 * and whether they manage capacity (set budgets, change anyone's entries).
 */
record TimeKeeper(OperatorId id, boolean managesCapacity) {

    static TimeKeeper of(Actor actor, Permission needed) {
        actor.require(needed);
        boolean manages = actor.principal().actingRole().map(r -> r.grants(Permission.MANAGE_CAPACITY)).orElse(false);
        if (actor.principal() instanceof Principal.Operator operator) {
            return new TimeKeeper(operator.id(), manages);
        }
        if (actor.principal() instanceof Principal.ApiKey key) {
            return new TimeKeeper(key.createdBy(), manages);
        }
        // require() let through only the kinds that act with a role: these two.
        throw new IllegalStateException(actor.principal().name() + " acts with a role but is no operator");
    }
}
