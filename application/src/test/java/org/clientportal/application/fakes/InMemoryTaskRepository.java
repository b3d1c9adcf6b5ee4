package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskStatus;

/**
 * Tasks and the per-client counters their numbers come from. The fake's transactions run one at a
 * time and roll back the counters with everything else, which is what locking the counter row
 * gives the real one.
 */
public final class InMemoryTaskRepository implements TaskRepository {

    private final TransactionalMap<TaskId, Task> tasks;
    private final TransactionalMap<List<Object>, Long> lastNumbers;

    public InMemoryTaskRepository(InMemoryTransactions transactions) {
        this.tasks = new TransactionalMap<>(transactions);
        this.lastNumbers = new TransactionalMap<>(transactions);
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
        tasks.put(task.id(), task);
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskKey key) {
        return tasks.values().stream().filter(t -> t.tenantId().equals(tenant) && t.key().equals(key)).findFirst();
    }

    @Override
    public synchronized void update(Task task, long expectedVersion) {
        Task stored = tasks.get(task.id()).filter(t -> t.tenantId().equals(task.tenantId())).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("task", task.id().toString());
        }
        tasks.put(task.id(), task);
    }

    @Override
    public Page<Task> search(TenantId tenant, TaskSearch search, PageRequest<TaskSort> page) {
        return Keyset.page(tasks.values(),
                t -> t.tenantId().equals(tenant)
                        && search.projectId().map(p -> p.equals(t.projectId())).orElse(true)
                        && search.clientId().map(c -> c.equals(t.clientId())).orElse(true)
                        && search.admits(t.status())
                        && search.assignee().map(a -> t.details().assignee().equals(Optional.of(a))).orElse(true)
                        && search.visibility().map(v -> v == t.details().visibility()).orElse(true)
                        && search.dueBefore().map(d -> t.details().dueDate().filter(due -> due.isBefore(d)).isPresent())
                        .orElse(true),
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
        return tasks.values().stream()
                .filter(t -> t.tenantId().equals(tenant) && t.projectId().equals(project) && keys.contains(t.key()))
                .collect(Collectors.toMap(Task::key, Task::status));
    }

    @Override
    public boolean anyOfClient(TenantId tenant, ClientId client) {
        return tasks.values().stream().anyMatch(t -> t.tenantId().equals(tenant) && t.clientId().equals(client));
    }
}
