package org.clientportal.application.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A scheduled job: run once for a slot, it says what it did in all (its counts by name). */
public interface Job {

    String name();

    Map<String, Long> run(UUID runId, Instant slot);
}
