package org.clientportal.adapters.http.comment;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Visibility;

record PostCommentRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TaskComment.BODY_MAX, description = "Plain text;"
                + " may span lines.") String body,
        @Schema(nullable = true, implementation = Visibility.class, description = "Left out, `internal`: only the"
                + " agency sees it. `client` shows it to the client's contacts while the task is shown to them.")
        String visibility) {
}
