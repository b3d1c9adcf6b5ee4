package org.clientportal.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.Visibility;

/** One step of a project's plan, linked to the tasks that deliver it; shown to the client only when shared. */
public record Milestone(MilestoneKey key, String title, List<TaskKey> taskKeys, Optional<LocalDate> dueDate,
                        Visibility visibility, Optional<Instant> completedAt) {

    public static final int TITLE_MAX = 200;
    public static final int TASK_KEYS_MAX = 50;

    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        taskKeys = List.copyOf(taskKeys);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    public boolean isCompleted() {
        return completedAt.isPresent();
    }

    Milestone completed(Instant at) {
        return new Milestone(key, title, taskKeys, dueDate, visibility, Optional.of(at));
    }

    Milestone keepingCompletionOf(Milestone earlier) {
        return new Milestone(key, title, taskKeys, dueDate, visibility, earlier.completedAt());
    }
}
