package org.clientportal.domain.project;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "project id");
    }

    public static ProjectId parse(String raw) {
        return new ProjectId(Ids.parseOrNotFound("project", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
