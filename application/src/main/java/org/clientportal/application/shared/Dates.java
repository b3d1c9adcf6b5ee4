package org.clientportal.application.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses calendar dates as callers send them (ISO-8601, {@code 2026-03-31}). */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date like 2026-03-31");
        }
    }
}
