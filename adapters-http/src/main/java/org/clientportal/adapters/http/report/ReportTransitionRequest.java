package org.clientportal.adapters.http.report;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.report.ReportStatus;

public record ReportTransitionRequest(
        @Schema(requiredMode = REQUIRED, implementation = ReportStatus.class) String to,
        @Schema(nullable = true, description = "Kept in the audit trail.", maxLength = TransitionCommand.REASON_MAX)
        String reason) {
}
