package org.clientportal.adapters.http.checkpoint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.checkpoint.Checkpoint;

@Schema(name = "Checkpoint", description = "A project's recurring checkpoint, made a task of on each of its days.")
public record CheckpointJson(String id,
                             String projectId,
                             String title,
                             @Schema(allowableValues = {"week", "month"}) String every,
                             @Schema(description = "A weekday (`friday`) for a week, a day from 1 to 28 for a month.")
                             String on,
                             @Schema(allowableValues = {"internal", "client"}, description = "Of the tasks it makes.")
                             String visibility,
                             @Schema(description = "The day it next becomes a task.") LocalDate nextOn,
                             String createdBy,
                             Instant createdAt) {

    static CheckpointJson of(Checkpoint c) {
        return new CheckpointJson(c.id().toString(), c.projectId().toString(), c.title(),
                WireNames.of(c.cadence().every()), c.cadence().weekday().map(d -> d.name().toLowerCase(Locale.ROOT))
                        .orElseGet(() -> String.valueOf(c.cadence().dayOfMonth().orElseThrow())),
                WireNames.of(c.visibility()), c.nextOn(), c.createdBy(), c.createdAt());
    }
}
