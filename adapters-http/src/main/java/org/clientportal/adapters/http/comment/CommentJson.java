package org.clientportal.adapters.http.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Visibility;

/** A comment as the agency sees it. */
@Schema(name = "Comment", description = "A comment in a task's conversation: the agency's own, or shown to the client.")
record CommentJson(@Schema(description = "Opaque id.") String id,
                   @Schema(description = "The task's id.") String taskId,
                   @Schema(description = "The task's client.") String clientId,
                   @Schema(maxLength = TaskComment.BODY_MAX) String body,
                   @Schema(implementation = Visibility.class) String visibility,
                   @Schema(description = "Who wrote it, as the audit names them (`operator:<id>`, `contact:<id>`).")
                   String author,
                   @Schema(description = "How the client's contacts see who wrote it.") String authorName,
                   @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in quotes.")
                   long version,
                   Instant createdAt,
                   Instant updatedAt) {

    static CommentJson of(TaskComment c) {
        return new CommentJson(c.id().toString(), c.taskId().toString(), c.clientId().toString(), c.body(),
                WireNames.of(c.visibility()), c.author(), c.authorName(), c.version(), c.createdAt(), c.updatedAt());
    }
}
