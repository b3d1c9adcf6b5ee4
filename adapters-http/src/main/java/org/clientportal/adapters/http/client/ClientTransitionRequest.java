package org.clientportal.adapters.http.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.ClientStatus;

/** The body of {@code POST /api/v1/clients/{id}/transitions}: the target status and an optional reason. */
public record ClientTransitionRequest(
        @Schema(requiredMode = REQUIRED, implementation = ClientStatus.class) String to,
        @Schema(nullable = true, description = "Kept in the audit trail.", maxLength = TransitionCommand.REASON_MAX)
        String reason) {
}
