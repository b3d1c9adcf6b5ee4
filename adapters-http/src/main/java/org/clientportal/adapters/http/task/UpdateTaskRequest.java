package org.clientportal.adapters.http.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskPriority;

/** The body of {@code PATCH /api/v1/tasks/{key}}, read as a partial update: left out is kept, null is cleared. */
@Schema(name = "TaskChanges", description = "A partial update: a field left out keeps its value, a field sent as null"
        + " is cleared (priority and visibility go back to `normal` and `internal`). `status` cannot be set here; use"
        + " the transitions route.")
record UpdateTaskRequest(
        @Schema(description = "Cannot be cleared.", minLength = 1, maxLength = TaskDetails.TITLE_MAX) String title,
        @Schema(nullable = true, maxLength = TaskDetails.DESCRIPTION_MAX) String description,
        @Schema(nullable = true, implementation = TaskPriority.class) String priority,
        @Schema(nullable = true, format = "date") String dueDate,
        @Schema(nullable = true, description = "An operator of the agency; null unassigns.") String assigneeId,
        @Schema(nullable = true, implementation = Visibility.class) String visibility) {

    /** The fields the update takes: exactly this record's. */
    static final Set<String> FIELDS = PatchBody.fieldsOf(UpdateTaskRequest.class);
}
