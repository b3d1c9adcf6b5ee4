package org.clientportal.application.checkpoint;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** An operator stops a checkpoint; the tasks it made stay. */
public final class RemoveCheckpoint {

    private final Transactions transactions;
    private final CheckpointRepository checkpoints;
    private final AuditRecorder audit;

    RemoveCheckpoint(Transactions transactions, CheckpointRepository checkpoints, AuditRecorder audit) {
        this.transactions = transactions;
        this.checkpoints = checkpoints;
        this.audit = audit;
    }

    public void execute(Actor actor, String checkpointId) {
        actor.require(Permission.WRITE);
        CheckpointId id = CheckpointId.parse(checkpointId);
        transactions.inTenant(actor.tenantId(), () -> {
            Checkpoint checkpoint = checkpoints.lock(actor.tenantId(), id)
                    .orElseThrow(() -> new NotFound("checkpoint", checkpointId));
            checkpoints.remove(actor.tenantId(), id);
            audit.removed(actor, "checkpoint.removed", "project", checkpoint.projectId(),
                    CheckpointSnapshot.of(checkpoint));
            return null;
        });
    }
}
