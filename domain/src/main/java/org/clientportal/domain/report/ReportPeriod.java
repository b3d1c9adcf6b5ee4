package org.clientportal.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a report covers, both ends included: at most a year and a day. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int DAYS_MAX = 366;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= DAYS_MAX) {
            throw new IllegalArgumentException("a report period runs forward over at most " + DAYS_MAX + " days");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
