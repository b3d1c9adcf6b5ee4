package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectStatus;

/** A project as the client's contacts see it: its shared milestones, none of the agency's own fields. */
@Schema(name = "SharedProject", description = "A project the agency shares with the client.")
record SharedProjectJson(@Schema(description = "Opaque id.") String id,
                         String name,
                         @Schema(nullable = true) String description,
                         @Schema(implementation = ProjectStatus.class) String status,
                         @Schema(nullable = true) LocalDate startDate,
                         @Schema(nullable = true) LocalDate dueDate,
                         @ArraySchema(arraySchema = @Schema(description = "The shared steps of the plan, in order."))
                         List<SharedMilestoneJson> milestones,
                         Instant updatedAt) {

    @Schema(name = "SharedMilestone", description = "A step of the plan the agency shows the client.")
    record SharedMilestoneJson(String key, String title, @Schema(nullable = true) LocalDate dueDate,
                               @Schema(nullable = true, description = "When it was reached; null while open.")
                               Instant completedAt) {

        static SharedMilestoneJson of(Milestone m) {
            return new SharedMilestoneJson(m.key().value(), m.title(), m.dueDate().orElse(null),
                    m.completedAt().orElse(null));
        }
    }

    /** {@code project} as the portal's use cases hand it over: with its shared milestones only. */
    static SharedProjectJson of(Project project) {
        return new SharedProjectJson(project.id().toString(), project.details().name(),
                project.details().description().orElse(null), WireNames.of(project.status()),
                project.details().startDate().orElse(null), project.details().dueDate().orElse(null),
                project.milestones().stream().map(SharedMilestoneJson::of).toList(), project.updatedAt());
    }
}
