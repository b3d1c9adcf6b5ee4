package org.clientportal.adapters.http.agenda;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.clientportal.domain.agenda.DueItem;

/** Work coming due. */
@Schema(name = "DueItem", description = "An open task, a milestone of a project under way, a report not yet"
        + " published (due on its period's last day), or a client's unpaid invoice from Klevar Docs, coming due.")
record DueItemJson(@Schema(allowableValues = {"task", "milestone", "report", "invoice"}) String type,
                   @Schema(description = "The task's key, the milestone's key within its project, or the report's"
                           + " or invoice's id.") String key,
                   String title,
                   LocalDate dueDate,
                   @Schema(nullable = true, description = "Empty for a report on all of a client's work, and for"
                           + " an invoice.")
                   String projectId,
                   String clientId,
                   @Schema(description = "The task's, report's or invoice's status; `open` for a milestone.")
                   String status) {

    static DueItemJson of(DueItem item) {
        return new DueItemJson(item.type(), item.key(), item.title(), item.dueDate(), item.projectId().map(Object::toString).orElse(null),
                item.clientId().toString(), item.status());
    }
}
