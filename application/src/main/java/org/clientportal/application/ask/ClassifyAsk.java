package org.clientportal.application.ask;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskSource;

/**
 * An operator classifies an ask, as {@link org.clientportal.domain.ask.AskClassifications} allows.
 * As a task or a bug it gets a linked task, open and client-visible, on the ask's project (or the one
 * named), keyed from the client's counter like any task: the ask and its task commit together, and
 * that task carries the ask's SLA clock on.
 */
public final class ClassifyAsk {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final AskRepository asks;
    private final RequestClocks clocks;
    private final AskViews views;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public ClassifyAsk(Transactions transactions, ClientRepository clients, ProjectRepository projects, TaskRepository tasks,
                AskRepository asks, RequestClocks clocks, AskViews views, AuditRecorder audit, IdSource ids,
                Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.asks = asks;
        this.clocks = clocks;
        this.views = views;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public AskView execute(Actor actor, String askKey, ClassifyCommand command) {
        actor.require(Permission.WRITE);
        TaskKey key = Keys.ofAsk(askKey);
        Validation v = new Validation();
        AskClassification target = v.required("as", command.as(), ClassifyAsk::classification);
        Optional<ProjectId> projectId = v.optional("projectId", command.projectId(), ProjectId::of);
        v.done();
        if (!target.makesTask() && projectId.isPresent()) {
            throw ValidationFailed.of("projectId", "is taken only when classifying as task or bug, for the task made");
        }
        return transactions.inTenant(actor.tenantId(), () -> {
            Ask before = asks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("ask", askKey));
            StaleVersion.check("ask", command.expectedVersion(), before.version());
            before.requireClassifiableAs(target);
            Optional<Task> task = target.makesTask()
                    ? Optional.of(taskFor(actor, before, projectId.or(before::projectId), command.projectId()))
                    : Optional.empty();
            Ask after = before.classify(target, task.map(Task::key), actor.principal().name(), clock.now());
            asks.update(after, before.version());
            List<AskReply> replies = asks.replies(after.tenantId(), after.id());
            clocks.askClassified(after, task, !replies.isEmpty(), clock.now());
            audit.changed(actor, "ask.classified", "ask", after.id(), Snapshots.of(before), Snapshots.of(after));
            return views.of(after, replies);
        });
    }

    private Task taskFor(Actor actor, Ask ask, Optional<ProjectId> projectId, String raw) {
        ProjectId id = projectId.orElseThrow(() -> ValidationFailed.of("projectId",
                "is required: the ask was filed on no project, and the task made of it needs one"));
        // As CreateTask: the client's lock orders this against a change of its prefix and project moves.
        Client client = clients.lock(actor.tenantId(), ask.clientId())
                .orElseThrow(() -> new NotFound("client", ask.clientId().toString()));
        Project project = projects.find(actor.tenantId(), id)
                .orElseThrow(() -> new NotFound("project", raw == null ? id.toString() : raw));
        if (!project.clientId().equals(ask.clientId())) {
            throw ValidationFailed.of("projectId", "must be a project of the ask's client");
        }
        TaskRules.mayCreateTask(project.status(), client.status()).ifPresent(rejection -> {
            throw rejection.toError();
        });
        Task task = Task.create(new TaskId(ids.next()), actor.tenantId(), id, client.id(),
                TaskKey.of(client.taskKeyPrefix(), tasks.nextNumber(actor.tenantId(), client.id())),
                new TaskDetails(ask.title(), ask.description(), TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        Visibility.CLIENT), TaskSource.ASK, clock.now());
        tasks.add(task);
        audit.created(actor, "task.created", "task", task.id(), Snapshots.of(task));
        return task;
    }

    /** One of the classifications an operator may give; {@code unclassified} is where asks start, not a choice. */
    private static AskClassification classification(String raw) {
        AskClassification parsed;
        try {
            parsed = StatusNames.parse(AskClassification.class, raw);
        } catch (IllegalArgumentException e) {
            parsed = AskClassification.UNCLASSIFIED;
        }
        if (parsed == AskClassification.UNCLASSIFIED) {
            throw new IllegalArgumentException("must be one of task, bug, question, not_actionable");
        }
        return parsed;
    }
}
