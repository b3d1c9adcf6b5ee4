package org.clientportal.adapters.http.agenda;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.clientportal.domain.agenda.DueItem;

/** Work coming due. */
@Schema(name = "DueItem", description = "An open task, or a milestone of a project under way, coming due.")
record DueItemJson(@Schema(allowableValues = {"task", "milestone"}) String type,
                   @Schema(description = "The task's key, or the milestone's key within its project.") String key,
                   String title,
                   LocalDate dueDate,
                   String projectId,
                   String clientId,
                   @Schema(description = "The task's status; `open` for a milestone.") String status) {

    static DueItemJson of(DueItem item) {
        return new DueItemJson(item.type(), item.key(), item.title(), item.dueDate(), item.projectId().toString(),
                item.clientId().toString(), item.status());
    }
}
