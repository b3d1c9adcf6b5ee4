package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.shared.Validation;

/** The days a capacity view covers: today unless asked, at most a year and a day (366 days) at once. */
public record CapacityRange(LocalDate from, LocalDate to) {

    static final int DAYS_MAX = 366;

    static CapacityRange read(String rawFrom, String rawTo, LocalDate today) {
        Validation v = new Validation();
        LocalDate from = v.optional("from", rawFrom, Dates::parse).orElse(null);
        LocalDate to = v.optional("to", rawTo, Dates::parse).orElse(null);
        v.done();
        LocalDate start = from != null ? from : to != null && to.isBefore(today) ? to : today;
        LocalDate end = to != null ? to : start.isAfter(today) ? start : today;
        if (end.isBefore(start)) {
            v.add("to", "must be on or after from (" + start + ")");
        } else if (ChronoUnit.DAYS.between(start, end) >= DAYS_MAX) {
            v.add("to", "must be within " + DAYS_MAX + " days of from (" + start + ")");
        }
        v.done();
        return new CapacityRange(start, end);
    }
}
