package org.clientportal.adapters.http.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Visibility;

/** The whole ordered plan: {@code {"milestones": [{key, title, taskKeys, dueDate?, visibility?}]}}. */
@Schema(name = "MilestonePlan")
public record MilestonesRequest(
        @ArraySchema(maxItems = Project.MILESTONES_MAX, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "The whole ordered plan; an empty list clears it."))
        List<MilestoneRequest> milestones) {

    @Schema(name = "MilestoneInput")
    public record MilestoneRequest(
            @Schema(requiredMode = REQUIRED, pattern = "^[a-z0-9][a-z0-9-]{0,39}$", description = "1-40 lower-case"
                    + " letters, digits or hyphens; unique within the plan. A milestone that keeps its key keeps its"
                    + " completion.") String key,
            @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = Milestone.TITLE_MAX) String title,
            @ArraySchema(maxItems = Milestone.TASK_KEYS_MAX,
                    schema = @Schema(pattern = "^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$"),
                    arraySchema = @Schema(nullable = true, description = "Keys of the tasks that deliver it; duplicates"
                            + " are dropped.")) List<String> taskKeys,
            @Schema(nullable = true, format = "date", description = "When it is due.") String dueDate,
            @Schema(nullable = true, implementation = Visibility.class, description = "`client` shows it to the"
                    + " client's contacts once the project is shared; left out, `internal`.") String visibility) {
    }
}
