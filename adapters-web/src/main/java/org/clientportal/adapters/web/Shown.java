package org.clientportal.adapters.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates as the pages show them: to the minute, in UTC, and said so. */
public final class Shown {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    public static String time(Instant at) {
        return MINUTE.format(at);
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** A status or kind as a label: {@code on_hold} reads "on hold". */
    public static String label(String wireName) {
        return wireName.replace('_', ' ').replace('-', ' ');
    }
}
