package org.clientportal.domain.comment;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "comment id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static CommentId parse(String raw) {
        return new CommentId(Ids.parseOrNotFound("comment", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
