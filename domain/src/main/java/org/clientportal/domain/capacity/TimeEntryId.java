package org.clientportal.domain.capacity;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record TimeEntryId(UUID value) {

    public TimeEntryId {
        Objects.requireNonNull(value, "time entry id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static TimeEntryId parse(String raw) {
        return new TimeEntryId(Ids.parseOrNotFound("time-entry", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
