package org.clientportal.application.ask;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskSource;

/**
 * A contact with the {@code request} right files a task request (a task in status requested, on a
 * project shared with their client) or an ask (a bug report or a question, on such a project or on
 * none). Either takes the client's next key, and starts its SLA clock. Everything runs in the portal's transaction, so the
 * database itself admits only a client-visible row of their own client on a project they may see.
 */
public final class FileRequest {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final AskRepository asks;
    private final RequestClocks clocks;
    private final AuthorNames authors;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final IdSource ids;
    private final Clock clock;

    public FileRequest(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                       TaskRepository tasks, AskRepository asks, RequestClocks clocks, AuthorNames authors,
                       AuditRecorder audit, Notifications notifications, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.asks = asks;
        this.clocks = clocks;
        this.authors = authors;
        this.audit = audit;
        this.notifications = notifications;
        this.ids = ids;
        this.clock = clock;
    }

    public SharedRequest execute(Actor actor, FileRequestCommand command) {
        PortalScope scope = PortalScope.of(actor);
        ((Principal.Contact) actor.principal()).require(PortalRight.REQUEST);
        Validation v = new Validation();
        RequestKind kind = v.required("kind", command.kind(), RequestKind::parse);
        Optional<ProjectId> projectId = v.optional("projectId", command.projectId(), ProjectId::of);
        String title = v.requiredText("title", command.title(), Ask.TITLE_MAX);
        Optional<String> description = v.optionalMultiLineText("description", command.description(),
                Ask.DESCRIPTION_MAX);
        if (kind == RequestKind.TASK && (command.projectId() == null || command.projectId().isBlank())) {
            v.add("projectId", "is required for a task request: a task is on a project");
        }
        v.done();
        return transactions.inPortal(scope, () -> {
            Optional<Project> project = projectId.map(id -> sharedProject(scope, id, command.projectId()));
            // The number first: holding the client's counter orders this against a change of the client's
            // prefix (which takes the counter too), so the prefix read below is the one that stays.
            long number = tasks.nextNumber(scope.tenantId(), scope.clientId());
            Client client = clients.find(scope.tenantId(), scope.clientId())
                    .orElseThrow(() -> new NotFound("client", scope.clientId().toString()));
            TaskKey key = TaskKey.of(client.taskKeyPrefix(), number);
            if (kind == RequestKind.TASK) {
                return SharedRequest.of(requestTask(actor, client, project.orElseThrow(), key, title, description));
            }
            Ask ask = Ask.file(new AskId(ids.next()), scope.tenantId(), scope.clientId(), projectId, key,
                    kind.askKind().orElseThrow(), title, description, scope.contactId(), authors.of(actor), clock.now());
            asks.add(ask);
            clocks.startedByAsk(ask);
            audit.created(actor, "request.filed", "ask", ask.id(), Snapshots.of(ask));
            notifications.requestReceived(scope.tenantId(), scope.clientId(), ask.key().value(),
                    Lifecycle.wireName(ask.kind()), ask.title(), scope.contactId().toString());
            return SharedRequest.of(ask, Optional.empty(), List.of());
        });
    }

    private Task requestTask(Actor actor, Client client, Project project, TaskKey key, String title,
                             Optional<String> description) {
        TaskRules.mayCreateTask(project.status(), client.status()).ifPresent(rejection -> {
            throw rejection.toError();
        });
        Task task = Task.create(new TaskId(ids.next()), client.tenantId(), project.id(), client.id(), key,
                new TaskDetails(title, description, TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        Visibility.CLIENT), TaskSource.PORTAL, clock.now());
        tasks.add(task);
        clocks.startedByRequest(task);
        audit.created(actor, "request.filed", "task", task.id(), Snapshots.of(task));
        notifications.requestReceived(client.tenantId(), client.id(), key.value(), "task", title,
                ((Principal.Contact) actor.principal()).id().toString());
        return task;
    }

    /** A project of the contact's own client that is shared with it; any other is not found, like none. */
    private Project sharedProject(PortalScope scope, ProjectId id, String raw) {
        return projects.find(scope.tenantId(), id)
                .filter(p -> p.clientId().equals(scope.clientId()) && p.isVisibleToClient())
                .orElseThrow(() -> new NotFound("project", raw));
    }
}
