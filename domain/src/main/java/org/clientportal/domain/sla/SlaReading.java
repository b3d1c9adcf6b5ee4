package org.clientportal.domain.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's SLA clock read at one instant. The due times are where the targets end in working
 * time; while the clock is paused they are where they would end if it ran again now.
 */
public record SlaReading(Instant firstResponseDue, Optional<Instant> firstRespondedAt, Instant resolutionDue,
                         Optional<Instant> resolvedAt, long elapsedBusinessMinutes, boolean paused, SlaState state) {

    public SlaReading {
        Objects.requireNonNull(firstResponseDue, "firstResponseDue");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(state, "state");
    }
}
