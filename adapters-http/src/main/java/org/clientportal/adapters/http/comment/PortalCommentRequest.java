package org.clientportal.adapters.http.comment;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.comment.TaskComment;

@Schema(name = "PortalCommentRequest", description = "A contact's comment; always shown to the client and the agency.")
record PortalCommentRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TaskComment.BODY_MAX, description = "Plain text;"
                + " may span lines.") String body) {
}
