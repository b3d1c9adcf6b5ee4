package org.clientportal.application.task;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;

/**
 * An operator edits a task's details. Status moves only by transition; a change that alters nothing is
 * not stored. A request's new priority brings that priority's SLA targets.
 */
public final class UpdateTask {

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final Assignees assignees;
    private final RequestClocks clocks;
    private final SlaReadings slas;
    private final AuditRecorder audit;
    private final Clock clock;

    public UpdateTask(Transactions transactions, TaskRepository tasks, Assignees assignees, RequestClocks clocks,
                      SlaReadings slas, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.assignees = assignees;
        this.clocks = clocks;
        this.slas = slas;
        this.audit = audit;
        this.clock = clock;
    }

    public TaskView execute(Actor actor, String taskKey, TaskChanges changes) {
        actor.require(Permission.WRITE);
        TaskKey key = TaskKey.parse(taskKey);
        return transactions.inTenant(actor.tenantId(), () -> {
            Task before = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey));
            StaleVersion.check("task", changes.expectedVersion(), before.version());
            TaskDetails details = changes.applyTo(before.details());
            if (details.equals(before.details())) {
                return new TaskView(before, slas.ofTask(before));
            }
            assignees.check(actor.tenantId(), details.assignee());
            Task after = before.withDetails(details, clock.now());
            tasks.update(after, before.version());
            Optional<SlaReading> reprioritised = clocks.taskEdited(before, after)
                    .map(written -> slas.of(actor.tenantId(), written));
            audit.changed(actor, "task.updated", "task", after.id(), Snapshots.of(before), Snapshots.of(after));
            return new TaskView(after, reprioritised.isPresent() ? reprioritised : slas.ofTask(after));
        });
    }
}
