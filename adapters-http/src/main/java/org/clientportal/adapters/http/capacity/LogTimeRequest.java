package org.clientportal.adapters.http.capacity;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.capacity.TimeSpent;

/** The body of {@code POST /api/v1/time-entries}. */
record LogTimeRequest(
        @Schema(requiredMode = REQUIRED, format = "uuid", description = "The client the time was spent for; another"
                + " agency's is not found.") String clientId,
        @Schema(nullable = true, format = "uuid", description = "One of the client's projects. Left out with a"
                + " `taskKey`, the task's project.") String projectId,
        @Schema(nullable = true, description = "One of the client's tasks, such as `ACME-42` (on `projectId`, if"
                + " given).") String taskKey,
        @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "" + TimeSpent.MINUTES_MAX, description = "Whole"
                + " minutes.") Long minutes,
        @Schema(requiredMode = REQUIRED, format = "date", description = "The day worked, e.g. `2026-03-31`: today"
                + " (UTC) or before, or tomorrow where it has begun.") String date,
        @Schema(nullable = true, maxLength = TimeSpent.NOTE_MAX, description = "What it was for; the agency's own,"
                + " never shown to the client.") String note,
        @Schema(nullable = true, description = "`true` when left out.") Boolean billable,
        @Schema(nullable = true, format = "uuid", description = "Log it as another operator of the agency (owners"
                + " and admins only). Left out, the caller: the signed-in operator, or the one who issued the API"
                + " key.") String operatorId) {
}
