package org.clientportal.application.portal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskId;

/**
 * The one reading of "a task this contact may see", for every portal use case that names a task:
 * a client-visible task of their own client on a shared project. Any other task is not found,
 * exactly like a key that names none. Called inside the caller's portal transaction.
 */
public final class SharedTasks {

    private final TaskRepository tasks;
    private final ProjectRepository projects;

    public SharedTasks(TaskRepository tasks, ProjectRepository projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    public Task find(PortalScope scope, String taskKey) {
        return findVisible(scope, TaskKey.parse(taskKey)).orElseThrow(() -> new NotFound("task", taskKey));
    }

    /** The task of this key, if the contact may see it. */
    public Optional<Task> findVisible(PortalScope scope, TaskKey key) {
        return tasks.find(scope.tenantId(), key).filter(t -> isShared(scope, t));
    }

    /** The tasks of these keys the contact may see, by key: three queries whatever their number. */
    public Map<TaskKey, Task> findVisible(PortalScope scope, Collection<TaskKey> keys) {
        List<Task> ofTheClient = tasks.findAll(scope.tenantId(), keys).stream()
                .filter(t -> isClientVisibleOf(scope, t))
                .toList();
        Set<ProjectId> shared = projects.sharedAmong(scope.tenantId(),
                ofTheClient.stream().map(Task::projectId).collect(Collectors.toSet()));
        return ofTheClient.stream().filter(t -> shared.contains(t.projectId()))
                .collect(Collectors.toMap(Task::key, Function.identity()));
    }

    /** The same reading for a task named by its id (the parent of a comment). */
    public boolean isShared(PortalScope scope, TaskId id) {
        return tasks.find(scope.tenantId(), id).filter(t -> isShared(scope, t)).isPresent();
    }

    private boolean isShared(PortalScope scope, Task task) {
        return isClientVisibleOf(scope, task)
                && projects.find(scope.tenantId(), task.projectId()).filter(Project::isVisibleToClient).isPresent();
    }

    private static boolean isClientVisibleOf(PortalScope scope, Task task) {
        return task.clientId().equals(scope.clientId()) && task.details().visibility() == Visibility.CLIENT;
    }
}
