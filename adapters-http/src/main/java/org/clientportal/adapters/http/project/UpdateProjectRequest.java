package org.clientportal.adapters.http.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.shared.Visibility;

/** The body of {@code PATCH /api/v1/projects/{id}}, read as a partial update: left out is kept, null is cleared. */
@Schema(name = "ProjectChanges", description = "A partial update: a field left out keeps its value, a field sent as"
        + " null is cleared (`name` and `visibility` cannot be). `status` cannot be set here; use the transitions"
        + " route.")
record UpdateProjectRequest(
        @Schema(description = "Cannot be cleared.", minLength = 1, maxLength = ProjectDetails.NAME_MAX) String name,
        @Schema(nullable = true, maxLength = ProjectDetails.DESCRIPTION_MAX) String description,
        @Schema(nullable = true, format = "date", description = "Planned start.") String startDate,
        @Schema(nullable = true, format = "date", description = "Planned end; not before `startDate`.")
        String dueDate,
        @Schema(implementation = Visibility.class, description = "`client` shares the project with the client's"
                + " contacts (audited as `project.visibility-changed`); `internal` takes it back.") String visibility) {

    /** The fields the update takes: exactly this record's. */
    static final Set<String> FIELDS = PatchBody.fieldsOf(UpdateProjectRequest.class);
}
