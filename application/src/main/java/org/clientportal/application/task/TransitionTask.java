package org.clientportal.application.task;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;

/**
 * Moves a task along its lifecycle, under the rule that ties it to its project. A request's move is
 * the agency's response to it, and drives its SLA clock (paused while waiting on the client).
 */
public final class TransitionTask {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final RequestClocks clocks;
    private final SlaReadings slas;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final IdSource ids;
    private final Clock clock;

    public TransitionTask(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                          TaskRepository tasks, RequestClocks clocks, SlaReadings slas, AuditRecorder audit,
                          Notifications notifications, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.clocks = clocks;
        this.slas = slas;
        this.audit = audit;
        this.notifications = notifications;
        this.ids = ids;
        this.clock = clock;
    }

    public TaskView execute(Actor actor, String taskKey, TransitionCommand command) {
        actor.require(Permission.WRITE);
        TaskKey key = TaskKey.parse(taskKey);
        TransitionCommand.Checked<TaskStatus> move = command.check(TaskStatus.class);
        return transactions.inTenant(actor.tenantId(), () -> {
            Task before = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey));
            StaleVersion.check("task", command.expectedVersion(), before.version());
            Task after = before.transitionTo(move.target(), move.reason(), clock.now());
            // A project transition locks the client too, so the project read under this lock is the one that stays.
            clients.lock(actor.tenantId(), before.clientId())
                    .orElseThrow(() -> new NotFound("client", before.clientId().toString()));
            Project project = projects.find(actor.tenantId(), before.projectId())
                    .orElseThrow(() -> new NotFound("project", before.projectId().toString()));
            TaskRules.mayMoveTask(move.target(), project.status()).ifPresent(rejection -> {
                throw rejection.toError();
            });
            tasks.update(after, before.version());
            tasks.recordStatusChange(new TaskStatusChange(ids.next(), after.tenantId(), after.id(), after.clientId(),
                    before.status(), after.status(), clock.now()));
            Optional<RequestClock> moved = clocks.taskMoved(before, after, clock.now());
            audit.changed(actor, "task.transitioned", "task", after.id(), Snapshots.of(before),
                    Snapshots.with(Snapshots.of(after), "reason", move.reason().orElse(null)));
            notifications.requestAnswered(before, after);
            return new TaskView(after, moved.map(written -> slas.of(actor.tenantId(), written)));
        });
    }
}
