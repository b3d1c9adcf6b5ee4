package org.clientportal.application.comment;

import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial update of a comment: its body, its visibility, or both. */
public record CommentChanges(Change<String> body, Change<String> visibility, Optional<Long> expectedVersion) {
}
