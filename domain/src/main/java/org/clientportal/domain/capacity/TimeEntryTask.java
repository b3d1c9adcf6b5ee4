package org.clientportal.domain.capacity;

import java.util.Objects;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.task.TaskId;

/** The task a time entry was spent on: its id, and the key people know it by (a task's key never changes). */
public record TimeEntryTask(TaskId id, TaskKey key) {

    public TimeEntryTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }
}
