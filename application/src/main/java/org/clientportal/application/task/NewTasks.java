package org.clientportal.application.task;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskSource;

/**
 * Adds a task to a project inside the caller's transaction, for an operator or for a job: under the
 * client's lock, by the rules between a task, its project and its client, keyed with the client's
 * prefix and next number, and audited as whoever acts.
 */
public final class NewTasks {

    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public NewTasks(ClientRepository clients, ProjectRepository projects, TaskRepository tasks, AuditRecorder audit,
                    IdSource ids, Clock clock) {
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Task add(Actor actor, ProjectId projectId, TaskDetails details, TaskSource source) {
        ClientId clientId = project(actor, projectId).clientId();
        // The client's lock orders this against a change of its prefix and against project and client
        // transitions (they take it too), so the project is read again once it is held.
        Client client = clients.lock(actor.tenantId(), clientId)
                .orElseThrow(() -> new NotFound("client", clientId.toString()));
        Project project = project(actor, projectId);
        TaskRules.mayCreateTask(project.status(), client.status()).ifPresent(rejection -> {
            throw rejection.toError();
        });
        TaskKey key = TaskKey.of(client.taskKeyPrefix(), tasks.nextNumber(actor.tenantId(), clientId));
        Task task = Task.create(new TaskId(ids.next()), actor.tenantId(), projectId, clientId, key, details, source,
                clock.now());
        tasks.add(task);
        audit.created(actor, "task.created", "task", task.id(), Snapshots.of(task));
        return task;
    }

    private Project project(Actor actor, ProjectId id) {
        return projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", id.toString()));
    }
}
