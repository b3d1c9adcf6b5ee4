package org.clientportal.application.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.application.task.NewTasks;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;

/**
 * The recurring-checkpoints job, daily at 04:15 UTC: each checkpoint due by its agency's today becomes
 * a task on its project, due that day, made as the job; then it moves on to its next day. A project
 * that takes no task now (completed, cancelled, its client offboarded) gets none, and the checkpoint
 * moves on all the same.
 */
final class RecurringCheckpointsJob extends NamedJob {

    static final String NAME = "recurring-checkpoints";
    private static final int BATCH = 500;

    private final Transactions transactions;
    private final JobTargets targets;
    private final CheckpointRepository checkpoints;
    private final NewTasks newTasks;
    private final SlaSettings settings;
    private final JobRuns runs;

    RecurringCheckpointsJob(Transactions transactions, JobTargets targets, CheckpointRepository checkpoints,
                            NewTasks newTasks, SlaSettings settings, JobRuns runs) {
        super(NAME);
        this.transactions = transactions;
        this.targets = targets;
        this.checkpoints = checkpoints;
        this.newTasks = newTasks;
        this.settings = settings;
        this.runs = runs;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        // No agency's today is later than tomorrow in UTC; each is checked on its own clock below.
        LocalDate latest = slot.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        Map<TenantId, Long> made = new LinkedHashMap<>();
        boolean moved;
        List<JobTargets.DueCheckpoint> due;
        // A full batch that moved something may have more behind it; a moved checkpoint is not due again today.
        do {
            due = transactions.outsideTenant(() -> targets.dueCheckpoints(latest, BATCH));
            moved = false;
            for (JobTargets.DueCheckpoint checkpoint : due) {
                Outcome outcome = transactions.inTenant(checkpoint.tenantId(), () -> make(checkpoint, slot));
                moved |= outcome != Outcome.NOT_DUE;
                if (outcome == Outcome.TASK_MADE) {
                    made.merge(checkpoint.tenantId(), 1L, Long::sum);
                }
            }
        } while (moved && due.size() == BATCH);
        made.forEach((tenant, count) -> transactions.inTenant(tenant, () -> {
            runs.countFor(tenant, runId, Map.of("tasksMade", count));
            return null;
        }));
        return Map.of("tasksMade", made.values().stream().mapToLong(Long::longValue).sum());
    }

    private enum Outcome { NOT_DUE, PROJECT_CLOSED, TASK_MADE }

    private Outcome make(JobTargets.DueCheckpoint due, Instant slot) {
        Optional<Checkpoint> found = checkpoints.lock(due.tenantId(), due.checkpointId());
        LocalDate today = settings.hoursOf(due.tenantId()).dayOf(slot);
        if (found.isEmpty() || !found.get().isDueBy(today)) {
            return Outcome.NOT_DUE;
        }
        Checkpoint checkpoint = found.get();
        Actor job = new Actor(due.tenantId(), new Principal.SystemJob(NAME), NAME + "-" + UUID.randomUUID());
        Outcome outcome;
        try {
            newTasks.add(job, checkpoint.projectId(), new TaskDetails(checkpoint.taskTitle(), Optional.empty(),
                    TaskPriority.NORMAL, Optional.of(checkpoint.nextOn()), Optional.empty(), checkpoint.visibility()),
                    TaskSource.CHECKPOINT);
            outcome = Outcome.TASK_MADE;
        } catch (RuleViolated closed) {
            outcome = Outcome.PROJECT_CLOSED;
        }
        checkpoints.advance(checkpoint.madeOn(today), checkpoint.nextOn());
        return outcome;
    }
}
