package org.clientportal.application.comment;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;

/** The comments of one task, of one visibility or of both. */
public record CommentSearch(TaskId taskId, Optional<Visibility> visibility) {

    public CommentSearch {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "taskId=" + taskId + "&visibility=" + visibility.map(Lifecycle::wireName).orElse("");
    }
}
