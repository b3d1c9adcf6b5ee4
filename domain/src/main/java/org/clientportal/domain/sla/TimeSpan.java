package org.clientportal.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time from one instant (included) to another (excluded). */
public record TimeSpan(Instant from, Instant to) {

    public TimeSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a span ends at or after its start");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean isEmpty() {
        return from.equals(to);
    }
}
