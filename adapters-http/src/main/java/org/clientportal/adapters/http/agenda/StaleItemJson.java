package org.clientportal.adapters.http.agenda;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.agenda.StaleItem;

/** Open work nobody has touched for a while. */
@Schema(name = "StaleItem", description = "A lead, a project under way or an open task, untouched since `updatedAt`.")
record StaleItemJson(@Schema(allowableValues = {"client", "project", "task"}) String type,
                     @Schema(description = "The record's id.") String id,
                     @Schema(nullable = true, description = "A task's key.") String key,
                     @Schema(description = "The lead's name, the project's name or the task's title.") String title,
                     String clientId,
                     String status,
                     @Schema(description = "When it last changed.") Instant updatedAt) {

    static StaleItemJson of(StaleItem item) {
        return new StaleItemJson(item.type(), item.id().toString(), item.key().orElse(null), item.title(),
                item.clientId().toString(), item.status(), item.updatedAt());
    }
}
