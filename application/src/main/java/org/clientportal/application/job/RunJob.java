package org.clientportal.application.job;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.Transactions;

/**
 * Runs a job for one slot at most once, whatever the scheduler does: the run is recorded first, and
 * a slot that already has a run is skipped. The outcome (and the error, when it failed) is recorded
 * when it ends; a failure is the scheduler's to retry at the next slot, never this one's.
 */
public final class RunJob {

    private final Transactions transactions;
    private final JobRuns runs;
    private final Clock clock;
    private final String ranBy;

    public RunJob(Transactions transactions, JobRuns runs, Clock clock, String ranBy) {
        this.transactions = transactions;
        this.runs = runs;
        this.clock = clock;
        this.ranBy = ranBy;
    }

    /** The run's outcome, or empty when the slot had run already. */
    public Optional<JobOutcome> run(Job job, Instant slot) {
        Optional<UUID> run = transactions.outsideTenant(() -> runs.begin(job.name(), slot, clock.now(), ranBy));
        if (run.isEmpty()) {
            return Optional.empty();
        }
        JobOutcome outcome;
        Map<String, Long> totals = Map.of();
        Optional<String> error = Optional.empty();
        try {
            totals = job.run(run.get(), slot);
            outcome = JobOutcome.SUCCEEDED;
        } catch (RuntimeException e) {
            outcome = JobOutcome.FAILED;
            error = Optional.of(String.valueOf(e.getMessage()));
        }
        JobOutcome ended = outcome;
        Map<String, Long> counted = totals;
        Optional<String> failure = error;
        transactions.outsideTenant(() -> {
            runs.end(run.get(), clock.now(), ended, counted, failure);
            return null;
        });
        return Optional.of(ended);
    }
}
