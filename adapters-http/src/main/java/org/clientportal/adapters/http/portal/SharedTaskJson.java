package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;

/** A task as the client's contacts see it: none of the agency's own fields (assignee, visibility, version). */
@Schema(name = "SharedTask", description = "A task the agency shares with the client.")
record SharedTaskJson(@Schema(description = "The task's key, such as `ACME-42`.", pattern = TaskRoutes.KEY_PATTERN)
                      String key,
                      String projectId,
                      @Schema(maxLength = TaskDetails.TITLE_MAX) String title,
                      @Schema(nullable = true, maxLength = TaskDetails.DESCRIPTION_MAX) String description,
                      @Schema(implementation = TaskPriority.class) String priority,
                      @Schema(nullable = true) LocalDate dueDate,
                      @Schema(implementation = TaskSource.class, description = "`portal` when the client requested it.")
                      String source,
                      @Schema(implementation = TaskStatus.class) String status,
                      @Schema(nullable = true, maxLength = TransitionCommand.REASON_MAX, description = "Why the agency"
                              + " declined the client's request, while it stays declined.") String declineReason,
                      Instant createdAt,
                      Instant updatedAt) {

    static SharedTaskJson of(Task task) {
        TaskDetails details = task.details();
        return new SharedTaskJson(task.key().value(), task.projectId().toString(), details.title(),
                details.description().orElse(null), WireNames.of(details.priority()), details.dueDate().orElse(null),
                WireNames.of(task.source()), WireNames.of(task.status()), task.declineReason().orElse(null),
                task.createdAt(), task.updatedAt());
    }
}
