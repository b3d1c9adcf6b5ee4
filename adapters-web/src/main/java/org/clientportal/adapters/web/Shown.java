package org.clientportal.adapters.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.sla.SlaReading;

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

    /** A file's size, in the largest unit that keeps it at or above 1. */
    public static String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", size / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }

    /** An exact amount with its currency, as the agency's documents state it: {@code 1250.00 EUR}. */
    public static String money(BigDecimal amount, Currency currency) {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    /** A status or kind as a label: {@code on_hold} reads "on hold". */
    public static String label(String wireName) {
        return wireName.replace('_', ' ').replace('-', ' ');
    }

    /** A request's SLA clock: how it stands, and when it must be resolved. */
    public static String sla(SlaReading reading) {
        return label(Lifecycle.wireName(reading.state())) + ", resolution due " + time(reading.resolutionDue());
    }
}
