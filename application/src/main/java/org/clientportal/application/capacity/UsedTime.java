package org.clientportal.application.capacity;

import java.util.List;
import org.clientportal.domain.capacity.Period;

/** The minutes a client's time entries hold over a period, and of them the billable ones. */
public record UsedTime(long minutes, long billableMinutes) {

    /** The totals of the days that fall in the period. */
    public static UsedTime in(List<DayTotal> days, Period period) {
        long minutes = 0;
        long billable = 0;
        for (DayTotal day : days) {
            if (period.contains(day.day())) {
                minutes += day.minutes();
                billable += day.billableMinutes();
            }
        }
        return new UsedTime(minutes, billable);
    }
}
