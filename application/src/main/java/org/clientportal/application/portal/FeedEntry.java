package org.clientportal.application.portal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.project.ProjectId;

/**
 * One line of a client's feed: something shared with the client that happened on one of its
 * projects. {@code subject} is the task's key (a comment, a move) or the milestone's key;
 * {@code from} and {@code to} are a task move's statuses.
 */
public record FeedEntry(Kind kind, UUID id, Instant at, ProjectId projectId, Optional<String> subject, String text,
                        Optional<String> from, Optional<String> to) {

    public enum Kind {
        UPDATE, COMMENT, TASK_STATUS, MILESTONE
    }

    public FeedEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
