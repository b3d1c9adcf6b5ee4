package org.clientportal.adapters.http.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.project.ProjectStatus;

/** The body of {@code POST /api/v1/projects/{id}/transitions}: the target status and an optional reason. */
public record ProjectTransitionRequest(
        @Schema(requiredMode = REQUIRED, implementation = ProjectStatus.class) String to,
        @Schema(nullable = true, description = "Kept in the audit trail.", maxLength = TransitionCommand.REASON_MAX)
        String reason) {
}
