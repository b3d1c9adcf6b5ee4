package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeSpent;

/** A time entry as the agency sees it; the client never does. */
@Schema(name = "TimeEntry", description = "Time an operator spent on a client's work.")
record TimeEntryJson(@Schema(description = "Opaque id.") String id,
                     String clientId,
                     @Schema(nullable = true) String projectId,
                     @Schema(nullable = true, description = "The task's key, such as `ACME-42`.") String taskKey,
                     @Schema(description = "Who spent the time.") String operatorId,
                     @Schema(minimum = "1", maximum = "" + TimeSpent.MINUTES_MAX) int minutes,
                     LocalDate date,
                     @Schema(nullable = true, maxLength = TimeSpent.NOTE_MAX) String note,
                     boolean billable,
                     @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in quotes.")
                     long version,
                     Instant createdAt,
                     Instant updatedAt) {

    static TimeEntryJson of(TimeEntry e) {
        return new TimeEntryJson(e.id().toString(), e.clientId().toString(),
                e.projectId().map(Object::toString).orElse(null), e.task().map(t -> t.key().value()).orElse(null),
                e.operatorId().toString(), e.spent().minutes(), e.spent().date(), e.spent().note().orElse(null),
                e.spent().billable(), e.version(), e.createdAt(), e.updatedAt());
    }
}
