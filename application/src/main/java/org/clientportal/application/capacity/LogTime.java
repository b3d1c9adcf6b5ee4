package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeEntryRules;
import org.clientportal.domain.capacity.TimeEntryTask;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;

/**
 * An operator logs time on a client's work, on one of its projects or tasks if they say so; the
 * client's budgets then count it, and a period it takes past 80 % or 100 % is raised once.
 */
public final class LogTime {

    /** What the entry is spent on, read from the ports. */
    public record Ports(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                        TaskRepository tasks, OperatorRepository operators, TimeEntryRepository entries) {
    }

    private final Ports ports;
    private final CapacityCrossings crossings;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public LogTime(Ports ports, CapacityCrossings crossings, AuditRecorder audit, IdSource ids, Clock clock) {
        this.ports = ports;
        this.crossings = crossings;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public TimeEntry execute(Actor actor, LogTimeCommand command) {
        TimeKeeper keeper = TimeKeeper.of(actor, Permission.WRITE);
        // A malformed id in a body is bad input; a well-formed one that names nothing is not found.
        Validation v = new Validation();
        ClientId clientId = v.required("clientId", command.clientId(), ClientId::of);
        Optional<ProjectId> projectId = v.optional("projectId", command.projectId(), ProjectId::of);
        Optional<TaskKey> taskKey = v.optional("taskKey", command.taskKey(), TaskKey::new);
        Optional<OperatorId> operatorId = v.optional("operatorId", command.operatorId(), OperatorId::of);
        Integer minutes = v.requiredValue("minutes", command.minutes(), TimeSpent::minutes);
        LocalDate date = TimeSpentInput.date(v, command.date(), CapacityDays.today(clock));
        Optional<String> note = TimeSpentInput.note(v, command.note());
        v.done();
        TimeSpent spent = new TimeSpent(minutes, date, note, command.billable() == null || command.billable());
        OperatorId worker = operatorId.orElse(keeper.id());
        TimeEntryRules.mayLogFor(worker, keeper.id(), keeper.managesCapacity()).ifPresent(r -> {
            throw r.toError();
        });
        return ports.transactions().inTenant(actor.tenantId(), () -> {
            Client client = ports.clients().find(actor.tenantId(), clientId)
                    .orElseThrow(() -> new NotFound("client", clientId.toString()));
            TimeEntryRules.mayLogTime(client.status()).ifPresent(r -> {
                throw r.toError();
            });
            Optional<Task> task = taskKey.map(key -> taskOf(actor, clientId, projectId, key));
            Optional<ProjectId> project = task.map(Task::projectId).or(() -> projectId.map(id -> projectOf(actor,
                    clientId, id)));
            if (operatorId.isPresent() && ports.operators().find(actor.tenantId(), worker).isEmpty()) {
                throw ValidationFailed.of("operatorId", "is not an operator of the agency");
            }
            TimeEntry entry = TimeEntry.log(new TimeEntryId(ids.next()), actor.tenantId(), clientId, project,
                    task.map(t -> new TimeEntryTask(t.id(), t.key())), worker, spent, clock.now());
            ports.entries().add(entry);
            audit.created(actor, "time-entry.logged", "time-entry", entry.id(), Snapshots.of(entry));
            crossings.check(actor, clientId, List.of(date));
            return entry;
        });
    }

    private Task taskOf(Actor actor, ClientId clientId, Optional<ProjectId> projectId, TaskKey key) {
        Task task = ports.tasks().find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", key.value()));
        if (!task.clientId().equals(clientId)) {
            throw ValidationFailed.of("taskKey", "is a task of another client");
        }
        if (projectId.isPresent() && !projectId.get().equals(task.projectId())) {
            throw ValidationFailed.of("taskKey", "is a task of another project");
        }
        return task;
    }

    private ProjectId projectOf(Actor actor, ClientId clientId, ProjectId id) {
        Project project = ports.projects().find(actor.tenantId(), id)
                .orElseThrow(() -> new NotFound("project", id.toString()));
        if (!project.clientId().equals(clientId)) {
            throw ValidationFailed.of("projectId", "is a project of another client");
        }
        return id;
    }
}
