package org.clientportal.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When an agency works: a time zone, the working days of the week, one span of hours on each, and
 * holidays (days of that zone) on which nobody does. SLA clocks count only this time.
 */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
                            SortedSet<LocalDate> holidays) {

    /** Enough for several years of public holidays. */
    public static final int HOLIDAYS_MAX = 500;

    /** A working day shorter than this would stretch a target over decades. */
    public static final Duration SHORTEST_DAY = Duration.ofHours(1);

    /** Until an agency says otherwise: Monday to Friday, 09:00 to 17:00 UTC, no holidays. */
    public static final BusinessHours DEFAULT = new BusinessHours(ZoneId.of("UTC"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            new TreeSet<>());

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one day of the week is a working day");
        }
        if (Duration.between(opens, closes).compareTo(SHORTEST_DAY) < 0) {
            throw new IllegalArgumentException("a working day closes at least an hour after it opens");
        }
        if (holidays.size() > HOLIDAYS_MAX) {
            throw new IllegalArgumentException("at most " + HOLIDAYS_MAX + " holidays");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = new TreeSet<>(holidays);
    }

    /** The agency's calendar day at that moment, in its time zone. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** That day's working hours as instants, or nothing on a day off or a holiday. */
    public Optional<TimeSpan> workOn(LocalDate day) {
        if (!workingDays.contains(day.getDayOfWeek()) || holidays.contains(day)) {
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(day.atTime(opens).atZone(zone).toInstant(),
                day.atTime(closes).atZone(zone).toInstant()));
    }

    @Override
    public SortedSet<LocalDate> holidays() {
        return new TreeSet<>(holidays);
    }
}
