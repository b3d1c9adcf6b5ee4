package org.clientportal.application.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parses dates and instants as callers send them (ISO-8601: {@code 2026-03-31}, {@code 2026-03-31T17:00:00Z}). */
public final class Dates {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final String MESSAGE = "must be a date like 2026-03-31";
    private static final Pattern INSTANT = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$");
    private static final String INSTANT_MESSAGE = "must be a time like 2026-03-31T17:00:00Z";

    private Dates() {
    }

    public static LocalDate parse(String raw) {
        // LocalDate alone would take +10000-01-01 or -9999-01-01, years the database cannot store.
        if (!FOUR_DIGIT_YEAR.matcher(raw).matches()) {
            throw new IllegalArgumentException(MESSAGE);
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    /** A point in time with its offset, such as {@code 2026-03-31T17:00:00Z}; four-digit years only. */
    public static Instant instant(String raw) {
        if (!INSTANT.matcher(raw).matches()) {
            throw new IllegalArgumentException(INSTANT_MESSAGE);
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INSTANT_MESSAGE);
        }
    }
}
