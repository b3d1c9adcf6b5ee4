package org.clientportal.domain.project;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "project id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static ProjectId parse(String raw) {
        return new ProjectId(Ids.parseOrNotFound("project", raw));
    }

    /** For ids in bodies and filters: a malformed one is bad input. */
    public static ProjectId of(String raw) {
        return new ProjectId(Ids.tryParse(raw).orElseThrow(() -> new IllegalArgumentException("must be a project id")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
