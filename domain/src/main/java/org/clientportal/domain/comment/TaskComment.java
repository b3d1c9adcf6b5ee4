package org.clientportal.domain.comment;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;

/**
 * A comment in a task's conversation: the agency's are internal unless made client-visible on
 * purpose; a client's contact's are always client-visible. {@code author} names the principal that
 * wrote it ({@code operator:<id>}, {@code contact:<id>}); {@code authorName} is how the client's
 * contacts see who wrote it, kept as it was when posted.
 */
public record TaskComment(CommentId id, TenantId tenantId, TaskId taskId, ClientId clientId, String body,
                          Visibility visibility, String author, String authorName, long version, Instant createdAt,
                          Instant updatedAt) {

    public static final int BODY_MAX = 10_000;

    public TaskComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static TaskComment post(CommentId id, TenantId tenantId, TaskId taskId, ClientId clientId, String body,
                                   Visibility visibility, String author, String authorName, Instant now) {
        return new TaskComment(id, tenantId, taskId, clientId, body, visibility, author, authorName, 1, now, now);
    }

    /** The same object when nothing differs. */
    public TaskComment with(String newBody, Visibility newVisibility, Instant now) {
        if (body.equals(newBody) && visibility == newVisibility) {
            return this;
        }
        return new TaskComment(id, tenantId, taskId, clientId, newBody, newVisibility, author, authorName,
                version + 1, createdAt, now);
    }
}
