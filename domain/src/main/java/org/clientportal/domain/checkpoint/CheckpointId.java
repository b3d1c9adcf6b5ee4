package org.clientportal.domain.checkpoint;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record CheckpointId(UUID value) {

    public CheckpointId {
        Objects.requireNonNull(value, "checkpoint id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static CheckpointId parse(String raw) {
        return new CheckpointId(Ids.parseOrNotFound("checkpoint", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
