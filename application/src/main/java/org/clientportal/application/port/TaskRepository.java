package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;

public interface TaskRepository {

    /**
     * Allocates the client's next task number in the current transaction: 1 for its first task,
     * then one more each time. The client's counter stays locked until the transaction ends and a
     * rollback gives the number back, so however many tasks are created at once, a client's
     * numbers neither repeat nor leave gaps.
     */
    long nextNumber(TenantId tenant, ClientId client);

    /**
     * Throws {@link org.clientportal.domain.shared.AlreadyExists} (task.key-taken) for a key the tenant
     * has, and {@link org.clientportal.domain.shared.ValidationFailed} on {@code assigneeId} when the
     * assignee is no operator of the tenant (or was removed meanwhile).
     */
    void add(Task task);

    Optional<Task> find(TenantId tenant, TaskKey key);

    Optional<Task> find(TenantId tenant, TaskId id);

    /** The tasks of these keys, in no particular order; a key of no task is left out. One query, for a page of them. */
    List<Task> findAll(TenantId tenant, Collection<TaskKey> keys);

    /**
     * Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved
     * on, and {@link org.clientportal.domain.shared.ValidationFailed} on {@code assigneeId} as {@link #add}
     * does. Removing an operator leaves their tasks unassigned, at the same version.
     */
    void update(Task task, long expectedVersion);

    /**
     * The tasks matching the filters, in the requested order (ties by id in the same direction;
     * tasks without a due date last in either direction of {@code dueDate}), after the request's position.
     */
    Page<Task> search(TenantId tenant, TaskSearch search, PageRequest<TaskSort> page);

    /** The status of each of these keys that names a task of the project; keys of no task, or of another project's task, are absent. */
    Map<TaskKey, TaskStatus> statusesIn(TenantId tenant, ProjectId project, Collection<TaskKey> keys);

    /** Keeps one move of a task, for the client's feed. */
    void recordStatusChange(TaskStatusChange change);

    /**
     * Takes the client's counter as {@link #nextNumber} does, without moving it, and returns the last
     * number given: 0 while no key was ever issued to a task or an ask of the client (neither is ever
     * deleted). The counter stays locked until the transaction ends.
     */
    long lockCounter(TenantId tenant, ClientId client);
}
