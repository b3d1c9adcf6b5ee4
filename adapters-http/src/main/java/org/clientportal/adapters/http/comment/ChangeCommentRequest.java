package org.clientportal.adapters.http.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Visibility;

/** The body of {@code PATCH /api/v1/comments/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "CommentChanges", description = "A partial update: a field left out keeps its value; neither can be"
        + " cleared.")
record ChangeCommentRequest(@Schema(minLength = 1, maxLength = TaskComment.BODY_MAX) String body,
                            @Schema(implementation = Visibility.class, description = "Making a comment client-visible,"
                                    + " or internal again, is audited as `comment.visibility-changed`.")
                            String visibility) {

    static final Set<String> FIELDS = Set.of("body", "visibility");
}
