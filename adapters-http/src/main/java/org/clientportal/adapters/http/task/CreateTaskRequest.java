package org.clientportal.adapters.http.task;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskPriority;

/** The body of {@code POST /api/v1/tasks}. */
public record CreateTaskRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, description = "The project the task is on; another agency's"
                + " project is not found.") String projectId,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = TaskDetails.TITLE_MAX) String title,
        @Schema(nullable = true, maxLength = TaskDetails.DESCRIPTION_MAX) String description,
        @Schema(nullable = true, implementation = TaskPriority.class, description = "`normal` when left out.")
        String priority,
        @Schema(nullable = true, format = "date", description = "When it is due, e.g. `2026-03-31`.") String dueDate,
        @Schema(nullable = true, description = "An operator of the agency; any other id is a validation error.")
        String assigneeId,
        @Schema(nullable = true, implementation = Visibility.class, description = "`internal` when left out.")
        String visibility) {
}
