package org.clientportal.application.job;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.shared.TenantId;

/**
 * The outbox-sweeper job, daily at 04:30 UTC: events the hub took more than 30 days ago go, in
 * batches, so that the outbox holds what is pending and what the agency may still ask about.
 * Pending events are never swept, however old.
 */
final class OutboxSweeperJob extends NamedJob {

    static final String NAME = "outbox-sweeper";
    static final Duration KEPT = Duration.ofDays(30);
    private static final int BATCH = 1_000;

    private final Transactions transactions;
    private final OutboxRelayStore outbox;
    private final JobRuns runs;

    OutboxSweeperJob(Transactions transactions, OutboxRelayStore outbox, JobRuns runs) {
        super(NAME);
        this.transactions = transactions;
        this.outbox = outbox;
        this.runs = runs;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        Instant before = slot.minus(KEPT);
        Map<TenantId, Long> removed = new LinkedHashMap<>();
        long ofBatch;
        do {
            Map<TenantId, Long> batch = transactions.outsideTenant(() -> outbox.sweepDelivered(before, BATCH));
            batch.forEach((tenant, count) -> removed.merge(tenant, count, Long::sum));
            ofBatch = batch.values().stream().mapToLong(Long::longValue).sum();
        } while (ofBatch == BATCH);
        removed.forEach((tenant, count) -> transactions.inTenant(tenant, () -> {
            runs.countFor(tenant, runId, Map.of("notificationsRemoved", count));
            return null;
        }));
        return Map.of("notificationsRemoved", removed.values().stream().mapToLong(Long::longValue).sum());
    }
}
