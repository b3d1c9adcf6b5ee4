package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.domain.capacity.TimeSpent;

/** The body of {@code PATCH /api/v1/time-entries/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "TimeEntryChanges", description = "A partial update: a field left out keeps its value; only `note`"
        + " can be cleared (null). What the time was spent on stays: delete the entry and log it again to move it.")
record ChangeTimeEntryRequest(@Schema(minimum = "1", maximum = "" + TimeSpent.MINUTES_MAX) Long minutes,
                              @Schema(format = "date") String date,
                              @Schema(nullable = true, maxLength = TimeSpent.NOTE_MAX) String note,
                              Boolean billable) {

    static final Map<String, PatchBody.Kind> FIELDS = Map.of("minutes", PatchBody.Kind.WHOLE_NUMBER,
            "date", PatchBody.Kind.TEXT, "note", PatchBody.Kind.TEXT, "billable", PatchBody.Kind.FLAG);
}
