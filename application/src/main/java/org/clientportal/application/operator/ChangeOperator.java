package org.clientportal.application.operator;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.OwnershipPolicy;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/** An owner or admin renames an operator or changes their role, never leaving the agency ownerless. */
public final class ChangeOperator {

    private final Transactions transactions;
    private final OperatorRepository operators;
    private final AuditRecorder audit;
    private final Clock clock;

    public ChangeOperator(Transactions transactions, OperatorRepository operators, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.operators = operators;
        this.audit = audit;
        this.clock = clock;
    }

    public Operator execute(Actor actor, String operatorId, OperatorChanges changes) {
        Role actingRole = actor.signedInOperator(Permission.MANAGE_OPERATORS).role();
        OperatorId id = OperatorId.parse(operatorId);
        Validation v = new Validation();
        Role role = changes.role().present() ? v.required("role", changes.role().value(), RoleNames::parse) : null;
        String name = changes.name().present()
                ? v.requiredText("name", changes.name().value(), Operator.NAME_MAX) : null;
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            long owners = operators.lockOwners(actor.tenantId());
            Operator before = operators.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("operator", operatorId));
            StaleVersion.check("operator", changes.expectedVersion(), before.version());
            Operator after = before;
            if (role != null && role != before.role()) {
                OwnershipPolicy.mayChangeRole(actingRole, before, role, owners).ifPresent(rejection -> {
                    throw rejection.toError();
                });
                after = after.withRole(role, clock.now());
            }
            if (name != null && !name.equals(before.name())) {
                after = after.withName(name, clock.now());
            }
            if (after == before) {
                return before;
            }
            operators.update(after, before.version());
            audit.changed(actor, "operator.changed", "operator", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
