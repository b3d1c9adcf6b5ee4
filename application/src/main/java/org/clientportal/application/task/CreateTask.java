package org.clientportal.application.task;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskSource;

/** An operator adds a task to a project; it starts open, keyed with the client's prefix and next number. */
public final class CreateTask {

    private final Transactions transactions;
    private final NewTasks newTasks;
    private final Assignees assignees;

    public CreateTask(Transactions transactions, NewTasks newTasks, Assignees assignees) {
        this.transactions = transactions;
        this.newTasks = newTasks;
        this.assignees = assignees;
    }

    public TaskView execute(Actor actor, CreateTaskCommand command) {
        actor.require(Permission.WRITE);
        // A malformed id in a body is bad input; a well-formed one that names nothing is not found.
        Validation v = new Validation();
        ProjectId projectId = v.required("projectId", command.projectId(), ProjectId::of);
        v.done();
        TaskDetails details = command.details().toDetails();
        return transactions.inTenant(actor.tenantId(), () -> {
            assignees.check(actor.tenantId(), details.assignee());
            return TaskView.unmeasured(newTasks.add(actor, projectId, details, TaskSource.OPERATOR));
        });
    }
}
