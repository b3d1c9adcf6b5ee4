package org.clientportal.domain.update;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record UpdateId(UUID value) {

    public UpdateId {
        Objects.requireNonNull(value, "update id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static UpdateId parse(String raw) {
        return new UpdateId(Ids.parseOrNotFound("update", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
