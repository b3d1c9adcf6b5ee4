package org.clientportal.application.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a scheduled job for one slot (the moment it was due), as an agency sees it: when it
 * ran and how it ended, and what it did for that agency ({@code counts}; empty when nothing).
 */
public record JobRun(UUID id, String job, Instant slot, Instant startedAt, Optional<Instant> finishedAt,
                     JobOutcome outcome, Map<String, Long> counts, String ranBy) {

    public JobRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(ranBy, "ranBy");
    }
}
