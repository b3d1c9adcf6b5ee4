package org.clientportal.domain.sla;

import java.time.Duration;
import java.util.Objects;

/** How much working time the agency gives itself to first respond to a request, and to resolve it. */
public record SlaTarget(Duration firstResponse, Duration resolution) {

    /** Thirty days of round-the-clock minutes: a target beyond it is no service level. */
    public static final long MINUTES_MAX = 43_200;

    public SlaTarget {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        requireMinutes(firstResponse);
        requireMinutes(resolution);
        if (resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("resolution takes at least as long as the first response");
        }
    }

    public static SlaTarget ofMinutes(long firstResponse, long resolution) {
        return new SlaTarget(Duration.ofMinutes(firstResponse), Duration.ofMinutes(resolution));
    }

    /** A target in whole minutes from 1 to {@link #MINUTES_MAX}. */
    public static long checkedMinutes(long minutes) {
        if (minutes < 1 || minutes > MINUTES_MAX) {
            throw new IllegalArgumentException("must be from 1 to " + MINUTES_MAX + " minutes");
        }
        return minutes;
    }

    private static void requireMinutes(Duration d) {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            throw new IllegalArgumentException("a target is whole minutes");
        }
        checkedMinutes(d.toMinutes());
    }
}
