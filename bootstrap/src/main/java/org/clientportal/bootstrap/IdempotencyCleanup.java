package org.clientportal.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired Idempotency-Key answers every hour. Every replica runs it: the delete is one
 * statement and idempotent, so running it twice at once costs nothing but a second empty pass.
 * Lookups ignore expired answers on their own, so a late cleanup is never wrong, only untidy.
 */
final class IdempotencyCleanup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyCleanup.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);
    private static final Duration PERIOD = Duration.ofHours(1);

    private final ScheduledExecutorService scheduler;

    private IdempotencyCleanup(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static IdempotencyCleanup start(IdempotentRequests requests) {
        return start(requests, FIRST_RUN, PERIOD);
    }

    /** With other timings: tests that cannot wait an hour. */
    static IdempotencyCleanup start(IdempotentRequests requests, Duration firstRun, Duration period) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(() -> expire(requests), firstRun.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return new IdempotencyCleanup(scheduler);
    }

    private static void expire(IdempotentRequests requests) {
        try {
            long expired = requests.expireOld();
            if (expired > 0) {
                LOG.info("Expired {} Idempotency-Key answers", expired);
            }
        } catch (RuntimeException e) {
            // A failed pass (database briefly away) must not end the schedule: the next one catches up.
            LOG.warn("Expiring Idempotency-Key answers failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
