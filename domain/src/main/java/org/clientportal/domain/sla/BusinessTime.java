package org.clientportal.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Counts working time in an agency's business hours, leaving out spans in which a clock is stopped
 * (waiting on the client, resolved until reopened). The arithmetic of every SLA clock.
 */
public final class BusinessTime {

    /** Farther than any target reaches in the shortest working week allowed. */
    private static final int DAYS_MAX = 366 * 40;

    private final BusinessHours hours;
    private final List<TimeSpan> stopped;

    /** {@code stopped}: spans that do not count, in any order, overlapping or not. */
    public BusinessTime(BusinessHours hours, List<TimeSpan> stopped) {
        this.hours = hours;
        this.stopped = stopped.stream().filter(s -> !s.isEmpty()).sorted(Comparator.comparing(TimeSpan::from))
                .toList();
    }

    /** The working time from {@code from} to {@code to}. */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate day = LocalDate.ofInstant(from, hours.zone());
        LocalDate last = LocalDate.ofInstant(to, hours.zone());
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (TimeSpan piece : countedOn(day, from)) {
                if (!piece.from().isBefore(to)) {
                    return total;
                }
                total = total.plus(Duration.between(piece.from(), min(piece.to(), to)));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of working time since {@code from} is used up. */
    public Instant after(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(from, hours.zone());
        for (int n = 0; n < DAYS_MAX; n++, day = day.plusDays(1)) {
            for (TimeSpan piece : countedOn(day, from)) {
                if (piece.length().compareTo(left) >= 0) {
                    return piece.from().plus(left);
                }
                left = left.minus(piece.length());
            }
        }
        throw new IllegalStateException("no working time within " + DAYS_MAX + " days of " + from);
    }

    /** The day's working hours from {@code notBefore} on, less the stopped spans, in order. */
    private List<TimeSpan> countedOn(LocalDate day, Instant notBefore) {
        Optional<TimeSpan> work = hours.workOn(day);
        if (work.isEmpty() || !work.get().to().isAfter(notBefore)) {
            return List.of();
        }
        List<TimeSpan> pieces = new ArrayList<>();
        Instant cursor = max(work.get().from(), notBefore);
        Instant end = work.get().to();
        for (TimeSpan stop : stopped) {
            if (!stop.to().isAfter(cursor) || !stop.from().isBefore(end)) {
                continue;
            }
            if (stop.from().isAfter(cursor)) {
                pieces.add(new TimeSpan(cursor, stop.from()));
            }
            cursor = max(cursor, stop.to());
            if (!cursor.isBefore(end)) {
                return pieces;
            }
        }
        pieces.add(new TimeSpan(cursor, end));
        return pieces;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
