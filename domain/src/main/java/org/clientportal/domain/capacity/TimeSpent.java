package org.clientportal.domain.capacity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The part of a time entry its operator edits: how long, on which day, what for, and whether it is billed. */
public record TimeSpent(int minutes, LocalDate date, Optional<String> note, boolean billable) {

    /** A day: no single entry holds more. */
    public static final int MINUTES_MAX = 24 * 60;
    public static final int NOTE_MAX = 2_000;

    public TimeSpent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
        if (minutes < 1 || minutes > MINUTES_MAX) {
            throw new IllegalArgumentException("minutes must be between 1 and " + MINUTES_MAX);
        }
    }

    /** The rule for minutes as a caller sends them, for validation to name the field. */
    public static int minutes(long raw) {
        if (raw < 1 || raw > MINUTES_MAX) {
            throw new IllegalArgumentException("must be a whole number of minutes between 1 and " + MINUTES_MAX);
        }
        return (int) raw;
    }
}
