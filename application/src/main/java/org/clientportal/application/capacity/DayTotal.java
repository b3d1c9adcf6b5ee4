package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Objects;

/** A client's time on one day: every entry's minutes, and of them the billable ones. */
public record DayTotal(LocalDate day, long minutes, long billableMinutes) {

    public DayTotal {
        Objects.requireNonNull(day, "day");
    }
}
