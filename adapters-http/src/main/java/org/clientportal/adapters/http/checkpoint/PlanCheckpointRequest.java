package org.clientportal.adapters.http.checkpoint;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.clientportal.domain.checkpoint.Checkpoint;

public record PlanCheckpointRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = Checkpoint.TITLE_MAX,
                example = "Weekly status review") String title,
        @Schema(requiredMode = REQUIRED, allowableValues = {"week", "month"}) String every,
        @Schema(requiredMode = REQUIRED, description = "A weekday (`friday`) for a week, a day from 1 to 28 for a"
                + " month.") String on,
        @Schema(nullable = true, implementation = LocalDate.class, description = "The first day it may fall on;"
                + " today unless given.") String startsOn,
        @Schema(nullable = true, allowableValues = {"internal", "client"}, description = "Of the tasks it makes;"
                + " `internal` unless given.") String visibility) {
}
