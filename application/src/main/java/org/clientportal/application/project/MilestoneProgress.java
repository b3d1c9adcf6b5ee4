package org.clientportal.application.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.task.TaskStatus;

/** A milestone as read: the status of each task it links, and whether all of them are done. */
public record MilestoneProgress(Milestone milestone, List<LinkedTask> tasks) {

    /** One linked key and its task's status; none for a key linked before it had to name a task. */
    public record LinkedTask(TaskKey key, Optional<TaskStatus> status) {

        public LinkedTask {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(status, "status");
        }
    }

    public MilestoneProgress {
        Objects.requireNonNull(milestone, "milestone");
        tasks = List.copyOf(tasks);
    }

    /** Every linked task is done; a milestone that links none has nothing to wait for. */
    public boolean ready() {
        return tasks.stream().allMatch(task -> task.status().equals(Optional.of(TaskStatus.DONE)));
    }
}
