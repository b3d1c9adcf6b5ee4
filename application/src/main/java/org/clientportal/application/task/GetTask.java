package org.clientportal.application.task;

import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.Task;

/** Reads one task by its key, with its SLA clock if it carries a client's request. */
public final class GetTask {

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final SlaReadings slas;

    public GetTask(Transactions transactions, TaskRepository tasks, SlaReadings slas) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.slas = slas;
    }

    public TaskView execute(Actor actor, String taskKey) {
        actor.require(Permission.READ);
        TaskKey key = TaskKey.parse(taskKey);
        return transactions.inTenant(actor.tenantId(), () -> {
            Task task = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey));
            return new TaskView(task, slas.ofTask(task));
        });
    }
}
