package org.clientportal.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One step of a project's plan, linked to the tasks that deliver it. */
public record Milestone(MilestoneKey key, String title, List<TaskKey> taskKeys, Optional<LocalDate> dueDate,
                        Optional<Instant> completedAt) {

    public static final int TITLE_MAX = 200;
    public static final int TASK_KEYS_MAX = 50;

    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        taskKeys = List.copyOf(taskKeys);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    public boolean isCompleted() {
        return completedAt.isPresent();
    }

    Milestone completed(Instant at) {
        return new Milestone(key, title, taskKeys, dueDate, Optional.of(at));
    }

    Milestone keepingCompletionOf(Milestone earlier) {
        return new Milestone(key, title, taskKeys, dueDate, earlier.completedAt());
    }
}
