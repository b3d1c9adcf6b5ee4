package org.clientportal.application.operator;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.OwnershipPolicy;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Validation;

/** An owner or admin adds a colleague to the agency. */
public final class AddOperator {

    private final Transactions transactions;
    private final OperatorRepository operators;
    private final AuditRecorder audit;
    private final PasswordHasher hasher;
    private final IdSource ids;
    private final Clock clock;

    public AddOperator(Transactions transactions, OperatorRepository operators, AuditRecorder audit,
                       PasswordHasher hasher, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.operators = operators;
        this.audit = audit;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    public Operator execute(Actor actor, AddOperatorCommand command) {
        Role actingRole = actor.signedInOperator(Permission.MANAGE_OPERATORS).role();
        Validation v = new Validation();
        EmailAddress email = v.required("email", command.email(), EmailAddress::new);
        String name = v.requiredText("name", command.name(), Operator.NAME_MAX);
        Role role = v.required("role", command.role(), RoleNames::parse);
        String password = Passwords.check(v, "password", command.password());
        v.done();
        OwnershipPolicy.mayGrant(actingRole, role).ifPresent(rejection -> {
            throw rejection.toError();
        });
        String passwordHash = hasher.hash(password);
        return transactions.inTenant(actor.tenantId(), () -> {
            Operator operator = Operator.create(new OperatorId(ids.next()), actor.tenantId(), email, name, role,
                    passwordHash, clock.now());
            operators.add(operator);
            audit.created(actor, "operator.added", "operator", operator.id(), Snapshots.of(operator));
            return operator;
        });
    }
}
