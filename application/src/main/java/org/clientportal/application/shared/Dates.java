package org.clientportal.application.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parses calendar dates as callers send them (ISO-8601, {@code 2026-03-31}). */
public final class Dates {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final String MESSAGE = "must be a date like 2026-03-31";

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
}
