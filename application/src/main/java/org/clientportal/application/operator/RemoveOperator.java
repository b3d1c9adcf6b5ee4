package org.clientportal.application.operator;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.OwnershipPolicy;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.NotFound;

/** An owner or admin removes an operator; their sessions end with them. The last owner stays. */
public final class RemoveOperator {

    private final Transactions transactions;
    private final OperatorRepository operators;
    private final ApiKeyRepository apiKeys;
    private final SessionStore sessions;
    private final AuditRecorder audit;
    private final Clock clock;

    public RemoveOperator(Transactions transactions, OperatorRepository operators, ApiKeyRepository apiKeys,
                          SessionStore sessions, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.operators = operators;
        this.apiKeys = apiKeys;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public void execute(Actor actor, String operatorId) {
        Role actingRole = actor.signedInOperator(Permission.MANAGE_OPERATORS).role();
        OperatorId id = OperatorId.parse(operatorId);
        transactions.inTenant(actor.tenantId(), () -> {
            long owners = operators.lockOwners(actor.tenantId());
            Operator target = operators.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("operator", operatorId));
            OwnershipPolicy.mayRemove(actingRole, target, owners).ifPresent(rejection -> {
                throw rejection.toError();
            });
            // The keys they issued go with them: nobody is left whose rights would cap them.
            for (ApiKey key : apiKeys.unrevokedIssuedBy(actor.tenantId(), id)) {
                ApiKey revoked = key.revoked(clock.now());
                apiKeys.markRevoked(revoked);
                audit.changed(actor, "api-key.revoked", "api-key", key.id(), Snapshots.of(key), Snapshots.of(revoked));
            }
            operators.remove(actor.tenantId(), id);
            audit.removed(actor, "operator.removed", "operator", id, Snapshots.of(target));
            return target;
        });
        // After the commit: a session that outlives this call is refused anyway, its operator is gone.
        sessions.deleteAllOf(actor.tenantId(), new SessionHolder.Operator(id));
    }
}
