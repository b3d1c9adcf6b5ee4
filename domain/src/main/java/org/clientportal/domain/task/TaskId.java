package org.clientportal.domain.task;

import java.util.Objects;
import java.util.UUID;

/** A task's stable id; people and links use its {@link org.clientportal.domain.project.TaskKey}. */
public record TaskId(UUID value) {

    public TaskId {
        Objects.requireNonNull(value, "task id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
