package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.application.job.JobRun;
import org.clientportal.application.job.JobRunSort;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.shared.TenantId;

/** The record of runs in maps, a slot's second run refused as the table's key refuses it. */
public final class InMemoryJobRuns implements JobRuns {

    private final TransactionalMap<UUID, JobRun> runs;
    private final TransactionalMap<String, Map<String, Long>> counts;

    public InMemoryJobRuns(InMemoryTransactions transactions) {
        this.runs = new TransactionalMap<>(transactions);
        this.counts = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized Optional<UUID> begin(String job, Instant slot, Instant at, String ranBy) {
        if (runs.values().stream().anyMatch(r -> r.job().equals(job) && r.slot().equals(slot))) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        runs.put(id, new JobRun(id, job, slot, at, Optional.empty(), JobOutcome.RUNNING, Map.of(), ranBy));
        return Optional.of(id);
    }

    @Override
    public synchronized void end(UUID run, Instant at, JobOutcome outcome, Map<String, Long> totals,
                                 Optional<String> error) {
        JobRun r = runs.get(run).orElseThrow();
        runs.put(run, new JobRun(r.id(), r.job(), r.slot(), r.startedAt(), Optional.of(at), outcome, Map.of(),
                r.ranBy()));
    }

    @Override
    public void countFor(TenantId tenant, UUID run, Map<String, Long> counted) {
        counts.put(tenant + "/" + run, new HashMap<>(counted));
    }

    @Override
    public Page<JobRun> list(TenantId tenant, PageRequest<JobRunSort> page) {
        List<JobRun> ofTenant = runs.values().stream().map(r -> new JobRun(r.id(), r.job(), r.slot(), r.startedAt(),
                r.finishedAt(), r.outcome(), counts.get(tenant + "/" + r.id()).orElse(Map.of()), r.ranBy())).toList();
        return Keyset.page(ofTenant, r -> true, page, r -> new SortValue.Time(r.startedAt()), JobRun::id);
    }

    /** Every run, for tests. */
    public List<JobRun> all() {
        return runs.values();
    }
}
