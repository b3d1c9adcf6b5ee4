package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.shared.Validation;

/** Reads the fields of a time entry that its operator edits, naming each one that is wrong. */
final class TimeSpentInput {

    /** Time is logged for work done: today, or tomorrow where the day has already begun, at the latest. */
    private static final int DAYS_AHEAD_MAX = 1;

    private TimeSpentInput() {
    }

    static LocalDate date(Validation v, String raw, LocalDate today) {
        LocalDate date = v.required("date", raw, Dates::parse);
        if (date != null && date.isAfter(today.plusDays(DAYS_AHEAD_MAX))) {
            v.add("date", "must not be after " + today.plusDays(DAYS_AHEAD_MAX) + ": time is logged for work done");
            return null;
        }
        return date;
    }

    static Optional<String> note(Validation v, String raw) {
        return v.optionalMultiLineText("note", raw, TimeSpent.NOTE_MAX);
    }
}
