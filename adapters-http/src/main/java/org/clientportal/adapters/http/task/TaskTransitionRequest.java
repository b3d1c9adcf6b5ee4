package org.clientportal.adapters.http.task;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.task.TaskStatus;

/** The body of {@code POST /api/v1/tasks/{key}/transitions}: the target status and an optional reason. */
public record TaskTransitionRequest(
        @Schema(requiredMode = REQUIRED, implementation = TaskStatus.class) String to,
        @Schema(nullable = true, maxLength = TransitionCommand.REASON_MAX, description = "Required to decline a"
                + " request (`requested` to `cancelled`): it is kept on the task as `declineReason`, for the client's"
                + " contact to read. Any other reason is kept in the audit trail.") String reason) {
}
