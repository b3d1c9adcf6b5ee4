package org.clientportal.application.task;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;

/** An operator edits a task's details. Status moves only by transition; a change that alters nothing is not stored. */
public final class UpdateTask {

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final Assignees assignees;
    private final AuditRecorder audit;
    private final Clock clock;

    public UpdateTask(Transactions transactions, TaskRepository tasks, Assignees assignees, AuditRecorder audit,
                      Clock clock) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.assignees = assignees;
        this.audit = audit;
        this.clock = clock;
    }

    public Task execute(Actor actor, String taskKey, TaskChanges changes) {
        actor.require(Permission.WRITE);
        TaskKey key = TaskKey.parse(taskKey);
        return transactions.inTenant(actor.tenantId(), () -> {
            Task before = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey));
            StaleVersion.check("task", changes.expectedVersion(), before.version());
            TaskDetails details = changes.applyTo(before.details());
            if (details.equals(before.details())) {
                return before;
            }
            assignees.check(actor.tenantId(), details.assignee());
            Task after = before.withDetails(details, clock.now());
            tasks.update(after, before.version());
            audit.changed(actor, "task.updated", "task", after.id(), Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
