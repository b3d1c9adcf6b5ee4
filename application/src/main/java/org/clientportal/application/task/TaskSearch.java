package org.clientportal.application.task;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskStatus;

/**
 * Filters of the task list, each left out matching every task: one project, one client, the
 * statuses (any of them matches), one assignee, one visibility, and a due date before a day
 * (tasks without a due date never match that one); and, for what a client's contacts may see,
 * only tasks of projects shared with them.
 */
public record TaskSearch(Optional<ProjectId> projectId, Optional<ClientId> clientId, Set<TaskStatus> statuses,
                         Optional<OperatorId> assignee, Optional<Visibility> visibility,
                         Optional<LocalDate> dueBefore, boolean sharedProjectsOnly) {

    public TaskSearch {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(clientId, "clientId");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(dueBefore, "dueBefore");
    }

    /** The agency's filters, on every project. */
    public TaskSearch(Optional<ProjectId> projectId, Optional<ClientId> clientId, Set<TaskStatus> statuses,
                      Optional<OperatorId> assignee, Optional<Visibility> visibility, Optional<LocalDate> dueBefore) {
        this(projectId, clientId, statuses, assignee, visibility, dueBefore, false);
    }

    /** What a client's contacts may see: client-visible tasks of their client's shared projects. */
    public static TaskSearch sharedWith(ClientId client, Optional<ProjectId> project, Set<TaskStatus> statuses) {
        return new TaskSearch(project, Optional.of(client), statuses, Optional.empty(), Optional.of(Visibility.CLIENT),
                Optional.empty(), true);
    }

    public static TaskSearch all() {
        return new TaskSearch(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Whether a task in this status is listed. */
    public boolean admits(TaskStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** The filters written one way only (statuses in name order), for binding cursors to them. */
    public String canonical() {
        return "projectId=" + projectId.map(ProjectId::toString).orElse("")
                + "&clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&status=" + statuses.stream().map(Lifecycle::wireName).sorted().collect(Collectors.joining(","))
                + "&assigneeId=" + assignee.map(OperatorId::toString).orElse("")
                + "&visibility=" + visibility.map(Lifecycle::wireName).orElse("")
                + "&dueBefore=" + dueBefore.map(LocalDate::toString).orElse("")
                + "&sharedProjectsOnly=" + sharedProjectsOnly;
    }
}
