package org.clientportal.domain.metric;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How points are summed up over time: by the hour, or by the agency's day, ISO week (from Monday) or month. */
public enum MetricBucket {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(31));

    private final Duration longest;

    MetricBucket(Duration longest) {
        this.longest = longest;
    }

    /** The start of the bucket holding the moment, in the zone; what PostgreSQL's date_trunc gives. */
    public Instant startOf(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> local.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
        return start.toInstant();
    }

    /** At least how many buckets a span of time holds, for bounding what one request may ask for. */
    public long bucketsIn(Duration span) {
        return span.toSeconds() / longest.toSeconds();
    }
}
