package org.clientportal.domain.checkpoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a checkpoint comes round: every week on a weekday, or every month on a day from 1 to 28
 * (so that every month has it).
 */
public record Cadence(Every every, Optional<DayOfWeek> weekday, Optional<Integer> dayOfMonth) {

    public static final int DAY_OF_MONTH_MAX = 28;

    public enum Every {
        WEEK,
        MONTH
    }

    public Cadence {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(dayOfMonth, "dayOfMonth");
        if ((every == Every.WEEK) != weekday.isPresent() || (every == Every.MONTH) != dayOfMonth.isPresent()) {
            throw new IllegalArgumentException("a weekly cadence has a weekday, a monthly one a day of the month");
        }
        dayOfMonth.filter(d -> d < 1 || d > DAY_OF_MONTH_MAX).ifPresent(d -> {
            throw new IllegalArgumentException("a monthly cadence falls on day 1 to " + DAY_OF_MONTH_MAX);
        });
    }

    public static Cadence weekly(DayOfWeek day) {
        return new Cadence(Every.WEEK, Optional.of(day), Optional.empty());
    }

    public static Cadence monthly(int day) {
        return new Cadence(Every.MONTH, Optional.empty(), Optional.of(day));
    }

    /** The first day the checkpoint falls on, on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        if (every == Every.WEEK) {
            return day.with(TemporalAdjusters.nextOrSame(weekday.orElseThrow()));
        }
        LocalDate inMonth = day.withDayOfMonth(dayOfMonth.orElseThrow());
        return inMonth.isBefore(day) ? inMonth.plusMonths(1) : inMonth;
    }

    /** The day after {@code day} that it falls on next. */
    public LocalDate after(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }
}
