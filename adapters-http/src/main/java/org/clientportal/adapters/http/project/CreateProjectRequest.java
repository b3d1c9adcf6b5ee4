package org.clientportal.adapters.http.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.project.ProjectDetails;

public record CreateProjectRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, description = "The client the work is for; another agency's"
                + " client is not found.") String clientId,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ProjectDetails.NAME_MAX) String name,
        @Schema(nullable = true, maxLength = ProjectDetails.DESCRIPTION_MAX) String description,
        @Schema(nullable = true, format = "date", description = "Planned start, e.g. `2026-03-01`.") String startDate,
        @Schema(nullable = true, format = "date", description = "Planned end; not before `startDate`.")
        String dueDate) {
}
