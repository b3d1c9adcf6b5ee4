package org.clientportal.adapters.http.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.comment.TaskComment;

/** A comment as the client's contacts see it: who wrote it by name, none of the agency's own fields. */
@Schema(name = "SharedComment", description = "A comment of a task's conversation shown to the client.")
record SharedCommentJson(@Schema(description = "Opaque id.") String id,
                         String body,
                         @Schema(description = "Who wrote it.") String authorName,
                         Instant createdAt,
                         @Schema(description = "When it was last edited.") Instant updatedAt) {

    static SharedCommentJson of(TaskComment c) {
        return new SharedCommentJson(c.id().toString(), c.body(), c.authorName(), c.createdAt(), c.updatedAt());
    }
}
