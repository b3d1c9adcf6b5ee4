package org.clientportal.domain.task;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.Visibility;

/** The part of a task that operators edit freely; the status moves only by transition. */
public record TaskDetails(String title, Optional<String> description, TaskPriority priority,
                          Optional<LocalDate> dueDate, Optional<OperatorId> assignee, Visibility visibility) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    public TaskDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(visibility, "visibility");
    }
}
