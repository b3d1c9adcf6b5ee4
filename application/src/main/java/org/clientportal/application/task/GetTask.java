package org.clientportal.application.task;

import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.Task;

/** Reads one task by its key. */
public final class GetTask {

    private final Transactions transactions;
    private final TaskRepository tasks;

    public GetTask(Transactions transactions, TaskRepository tasks) {
        this.transactions = transactions;
        this.tasks = tasks;
    }

    public Task execute(Actor actor, String taskKey) {
        actor.require(Permission.READ);
        TaskKey key = TaskKey.parse(taskKey);
        return transactions.inTenant(actor.tenantId(),
                () -> tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey)));
    }
}
