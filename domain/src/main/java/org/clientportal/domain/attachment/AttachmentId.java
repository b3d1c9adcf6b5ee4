package org.clientportal.domain.attachment;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "attachment id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static AttachmentId parse(String raw) {
        return new AttachmentId(Ids.parseOrNotFound("attachment", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
