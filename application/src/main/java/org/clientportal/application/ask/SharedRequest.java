package org.clientportal.application.ask;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/**
 * Something a client filed, as its contacts see it. A task request shows the task's status (and why
 * it was declined, while it stays declined); an ask shows its classification, the status of the
 * task made of it when the client may see that task, and the agency's published replies.
 */
public record SharedRequest(TaskKey key, RequestKind kind, Optional<ProjectId> projectId, String title,
                            Optional<String> description, Optional<TaskStatus> status, Optional<String> declineReason,
                            Optional<AskClassification> classification, Optional<TaskKey> taskKey,
                            List<AskReply> replies, Instant createdAt, Instant updatedAt) {

    public SharedRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(taskKey, "taskKey");
        replies = List.copyOf(replies);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A task request: the task is the request. */
    public static SharedRequest of(Task task) {
        return new SharedRequest(task.key(), RequestKind.TASK, Optional.of(task.projectId()), task.details().title(),
                task.details().description(), Optional.of(task.status()), task.declineReason(), Optional.empty(),
                Optional.of(task.key()), List.of(), task.createdAt(), task.updatedAt());
    }

    /** An ask, with the task made of it if the client may see it, and its published replies. */
    public static SharedRequest of(Ask ask, Optional<Task> visibleTask, List<AskReply> replies) {
        return new SharedRequest(ask.key(), RequestKind.of(ask.kind()), ask.projectId(), ask.title(),
                ask.description(), visibleTask.map(Task::status), Optional.empty(), Optional.of(ask.classification()),
                visibleTask.map(Task::key), replies, ask.createdAt(), ask.updatedAt());
    }
}
