package org.clientportal.application.task;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskSource;

/** An operator adds a task to a project; it starts open, keyed with the client's prefix and next number. */
public final class CreateTask {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final Assignees assignees;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public CreateTask(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                      TaskRepository tasks, Assignees assignees, AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.assignees = assignees;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public TaskView execute(Actor actor, CreateTaskCommand command) {
        actor.require(Permission.WRITE);
        // A malformed id in a body is bad input; a well-formed one that names nothing is not found.
        Validation v = new Validation();
        ProjectId projectId = v.required("projectId", command.projectId(), ProjectId::of);
        v.done();
        TaskDetails details = command.details().toDetails();
        return transactions.inTenant(actor.tenantId(), () -> {
            ClientId clientId = project(actor, projectId, command.projectId()).clientId();
            // The client's lock orders this against a change of its prefix and against project and client
            // transitions (they take it too), so the project is read again once it is held.
            Client client = clients.lock(actor.tenantId(), clientId)
                    .orElseThrow(() -> new NotFound("client", clientId.toString()));
            Project project = project(actor, projectId, command.projectId());
            TaskRules.mayCreateTask(project.status(), client.status()).ifPresent(rejection -> {
                throw rejection.toError();
            });
            assignees.check(actor.tenantId(), details.assignee());
            TaskKey key = TaskKey.of(client.taskKeyPrefix(), tasks.nextNumber(actor.tenantId(), clientId));
            Task task = Task.create(new TaskId(ids.next()), actor.tenantId(), projectId, clientId, key, details,
                    TaskSource.OPERATOR, clock.now());
            tasks.add(task);
            audit.created(actor, "task.created", "task", task.id(), Snapshots.of(task));
            return TaskView.unmeasured(task);
        });
    }

    private Project project(Actor actor, ProjectId id, String raw) {
        return projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", raw));
    }
}
