package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.application.task.Assignees;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;

/**
 * Tasks and the per-client counters their numbers come from. The fake's transactions run one at a
 * time and roll back the counters with everything else, which is what locking the counter row
 * gives the real one. Assignees are held to the operators as the database's foreign key holds
 * them: a task is stored only with an operator of its agency, and reads as unassigned once that
 * operator is removed (on delete set null). "Shared projects only" looks the project up, as the
 * database joins it.
 */
public final class InMemoryTaskRepository implements TaskRepository {

    private final TransactionalMap<TaskId, Task> tasks;
    private final TransactionalMap<List<Object>, Long> lastNumbers;
    private final TransactionalMap<UUID, TaskStatusChange> moves;
    private final InMemoryOperatorRepository operators;
    private final ProjectRepository projects;

    public InMemoryTaskRepository(InMemoryTransactions transactions, InMemoryOperatorRepository operators,
                                  ProjectRepository projects) {
        this.tasks = new TransactionalMap<>(transactions);
        this.lastNumbers = new TransactionalMap<>(transactions);
        this.moves = new TransactionalMap<>(transactions);
        this.operators = operators;
        this.projects = projects;
    }

    @Override
    public synchronized long nextNumber(TenantId tenant, ClientId client) {
        List<Object> counter = List.of(tenant, client);
        long next = lastNumbers.get(counter).orElse(0L) + 1;
        lastNumbers.put(counter, next);
        return next;
    }

    @Override
    public synchronized void add(Task task) {
        if (find(task.tenantId(), task.key()).isPresent()) {
            throw new AlreadyExists("task.key-taken", "A task with the key " + task.key() + " exists");
        }
        refuseUnknownAssignee(task);
        tasks.put(task.id(), task);
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskKey key) {
        return stored().filter(t -> t.tenantId().equals(tenant) && t.key().equals(key)).findFirst();
    }

    @Override
    public List<Task> findAll(TenantId tenant, Collection<TaskKey> keys) {
        return stored().filter(t -> t.tenantId().equals(tenant) && keys.contains(t.key())).toList();
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskId id) {
        return tasks.get(id).filter(t -> t.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(Task task, long expectedVersion) {
        Task stored = tasks.get(task.id()).filter(t -> t.tenantId().equals(task.tenantId())).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("task", task.id().toString());
        }
        refuseUnknownAssignee(task);
        tasks.put(task.id(), task);
    }

    @Override
    public Page<Task> search(TenantId tenant, TaskSearch search, PageRequest<TaskSort> page) {
        return Keyset.page(stored().toList(),
                t -> t.tenantId().equals(tenant)
                        && search.projectId().map(p -> p.equals(t.projectId())).orElse(true)
                        && search.clientId().map(c -> c.equals(t.clientId())).orElse(true)
                        && search.admits(t.status())
                        && search.assignee().map(a -> t.details().assignee().equals(Optional.of(a))).orElse(true)
                        && search.visibility().map(v -> v == t.details().visibility()).orElse(true)
                        && search.dueBefore().map(d -> t.details().dueDate().filter(due -> due.isBefore(d)).isPresent())
                        .orElse(true)
                        && (!search.sharedProjectsOnly() || projects.find(t.tenantId(), t.projectId())
                                .filter(Project::isVisibleToClient).isPresent()),
                page, t -> sortValue(t, page.sort().field()), t -> t.id().value());
    }

    private static SortValue sortValue(Task task, TaskSort field) {
        return switch (field) {
            case TITLE -> new SortValue.Text(task.details().title());
            case CREATED_AT -> new SortValue.Time(task.createdAt());
            case UPDATED_AT -> new SortValue.Time(task.updatedAt());
            case DUE_DATE -> new SortValue.Date(task.details().dueDate());
        };
    }

    @Override
    public Map<TaskKey, TaskStatus> statusesIn(TenantId tenant, ProjectId project, Collection<TaskKey> keys) {
        return stored()
                .filter(t -> t.tenantId().equals(tenant) && t.projectId().equals(project) && keys.contains(t.key()))
                .collect(Collectors.toMap(Task::key, Task::status));
    }

    @Override
    public synchronized long lockCounter(TenantId tenant, ClientId client) {
        return lastNumbers.get(List.of(tenant, client)).orElse(0L);
    }

    /** What the foreign key to the operators refuses. */
    private void refuseUnknownAssignee(Task task) {
        if (assigneeGone(task)) {
            throw Assignees.notAnOperator();
        }
    }

    /** The tasks as the database would hold them: a removed operator's assignments are gone. */
    private Stream<Task> stored() {
        return tasks.values().stream().map(this::withoutRemovedAssignee);
    }

    private Task withoutRemovedAssignee(Task task) {
        if (!assigneeGone(task)) {
            return task;
        }
        TaskDetails details = task.details();
        return Task.restore(task.id(), task.tenantId(), task.projectId(), task.clientId(), task.key(),
                new TaskDetails(details.title(), details.description(), details.priority(), details.dueDate(),
                        Optional.empty(), details.visibility()),
                task.source(), task.status(), task.declineReason(), task.version(), task.createdAt(), task.updatedAt());
    }

    private boolean assigneeGone(Task task) {
        return task.details().assignee().filter(a -> operators.find(task.tenantId(), a).isEmpty()).isPresent();
    }

    /** Every task of every tenant, for the search index. */
    public java.util.List<Task> all() {
        return tasks.values();
    }

    @Override
    public void recordStatusChange(TaskStatusChange change) {
        moves.put(change.id(), change);
    }

    /** Every task move kept, for the feed fake. */
    List<TaskStatusChange> statusChanges() {
        return moves.values();
    }

}
