package org.clientportal.adapters.http.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Visibility;

/** A project as the API shows it, milestones in order, with the moves its status allows now. */
@Schema(name = "Project", description = "A piece of work for one client, with its ordered milestones.")
public record ProjectJson(@Schema(description = "Opaque id.") String id,
                          @Schema(description = "The client the work is for.") String clientId,
                          @Schema(maxLength = ProjectDetails.NAME_MAX) String name,
                          @Schema(nullable = true, maxLength = ProjectDetails.DESCRIPTION_MAX) String description,
                          @Schema(nullable = true, description = "Planned start.") LocalDate startDate,
                          @Schema(nullable = true, description = "Planned end.") LocalDate dueDate,
                          @Schema(implementation = ProjectStatus.class) String status,
                          @Schema(implementation = Visibility.class, description = "`client` once shared with the"
                                  + " client's contacts; `internal` until then.") String visibility,
                          @ArraySchema(schema = @Schema(implementation = ProjectStatus.class),
                                  arraySchema = @Schema(description = "The statuses the project may move to now."))
                          List<String> allowedTransitions,
                          @ArraySchema(arraySchema = @Schema(description = "The plan, in order."))
                          List<MilestoneJson> milestones,
                          @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                  + " quotes.") long version,
                          @Schema(description = "When the project was created.") Instant createdAt,
                          @Schema(description = "When the project last changed.") Instant updatedAt) {

    @Schema(name = "Milestone", description = "One step of a project's ordered plan.")
    public record MilestoneJson(@Schema(description = "The milestone's stable handle within its project.",
                                        pattern = "^[a-z0-9][a-z0-9-]{0,39}$") String key,
                                @Schema(maxLength = Milestone.TITLE_MAX) String title,
                                @ArraySchema(arraySchema = @Schema(description = "Keys of the tasks that deliver it,"
                                        + " such as `ACME-42`.")) List<String> taskKeys,
                                @Schema(nullable = true, description = "When it is due.") LocalDate dueDate,
                                @Schema(implementation = Visibility.class, description = "`client` when the client's"
                                        + " contacts see it (on a shared project).") String visibility,
                                @Schema(nullable = true, description = "When it was completed; null while open.")
                                Instant completedAt) {

        static MilestoneJson of(Milestone m) {
            return new MilestoneJson(m.key().value(), m.title(), m.taskKeys().stream().map(Object::toString).toList(),
                    m.dueDate().orElse(null), WireNames.of(m.visibility()), m.completedAt().orElse(null));
        }
    }

    public static ProjectJson of(Project p) {
        return new ProjectJson(p.id().toString(), p.clientId().toString(), p.details().name(),
                p.details().description().orElse(null), p.details().startDate().orElse(null),
                p.details().dueDate().orElse(null), WireNames.of(p.status()), WireNames.of(p.visibility()),
                WireNames.of(ProjectLifecycle.MOVES.allowedFrom(p.status())),
                p.milestones().stream().map(MilestoneJson::of).toList(), p.version(), p.createdAt(), p.updatedAt());
    }
}
