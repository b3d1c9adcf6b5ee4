package org.clientportal.adapters.persistence.job;

import static org.clientportal.adapters.persistence.generated.Tables.JOB_RUN_COUNTS;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.application.job.JobRun;
import org.clientportal.application.job.JobRunSort;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs in jobs.job_runs (V36), outside the generated classes (the system's schema is not a tenant's):
 * a slot's run is begun by one insert that its unique key lets through once; a tenant's counts go
 * into portal.job_run_counts, in the tenant's transaction.
 */
public final class JooqJobRuns implements JobRuns {

    private static final Table<Record> RUNS = DSL.table(DSL.name("jobs", "job_runs"));
    private static final Field<UUID> ID = DSL.field(DSL.name("job_runs", "id"), SQLDataType.UUID);
    private static final Field<String> JOB = DSL.field(DSL.name("job_runs", "job"), SQLDataType.CLOB);
    private static final Field<Instant> SLOT = DSL.field(DSL.name("job_runs", "slot"), SQLDataType.INSTANT);
    private static final Field<Instant> STARTED = DSL.field(DSL.name("job_runs", "started_at"), SQLDataType.INSTANT);
    private static final Field<Instant> FINISHED = DSL.field(DSL.name("job_runs", "finished_at"), SQLDataType.INSTANT);
    private static final Field<String> OUTCOME = DSL.field(DSL.name("job_runs", "outcome"), SQLDataType.CLOB);
    private static final Field<JSONB> COUNTS = DSL.field(DSL.name("job_runs", "counts"), SQLDataType.JSONB);
    private static final Field<String> ERROR = DSL.field(DSL.name("job_runs", "error"), SQLDataType.CLOB);
    private static final Field<String> RAN_BY = DSL.field(DSL.name("job_runs", "ran_by"), SQLDataType.CLOB);

    @Override
    public Optional<UUID> begin(String job, Instant slot, Instant at, String ranBy) {
        UUID id = UUID.randomUUID();
        int inserted = CurrentTransaction.dsl().insertInto(RUNS, ID, JOB, SLOT, STARTED, OUTCOME, RAN_BY)
                .values(id, job, slot, at, Lifecycle.wireName(JobOutcome.RUNNING), ranBy)
                .onConflictDoNothing()
                .execute();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    @Override
    public void end(UUID run, Instant at, JobOutcome outcome, Map<String, Long> totals, Optional<String> error) {
        CurrentTransaction.dsl().update(RUNS)
                .set(FINISHED, at)
                .set(OUTCOME, Lifecycle.wireName(outcome))
                .set(COUNTS, JsonbMaps.toJsonb(totals))
                .set(ERROR, error.map(e -> e.length() > 1000 ? e.substring(0, 1000) : e).orElse(null))
                .where(ID.eq(run))
                .execute();
    }

    @Override
    public void countFor(TenantId tenant, UUID run, Map<String, Long> counts) {
        CurrentTransaction.dsl().insertInto(JOB_RUN_COUNTS)
                .set(JOB_RUN_COUNTS.TENANT_ID, tenant.value())
                .set(JOB_RUN_COUNTS.RUN_ID, run)
                .set(JOB_RUN_COUNTS.COUNTS, JsonbMaps.toJsonb(counts))
                .execute();
    }

    @Override
    public Page<JobRun> list(TenantId tenant, PageRequest<JobRunSort> page) {
        Condition after = page.after().map(p -> DSL.row(STARTED, ID).lt(((SortValue.Time) p.key()).value(), p.id()))
                .orElse(DSL.noCondition());
        var rows = CurrentTransaction.dsl()
                .select(ID, JOB, SLOT, STARTED, FINISHED, OUTCOME, RAN_BY, JOB_RUN_COUNTS.COUNTS)
                .from(RUNS)
                .leftJoin(JOB_RUN_COUNTS).on(JOB_RUN_COUNTS.RUN_ID.eq(ID), JOB_RUN_COUNTS.TENANT_ID.eq(tenant.value()))
                .where(after)
                .orderBy(STARTED.desc(), ID.desc())
                .limit(page.limit() + 1)
                .fetch(r -> new JobRun(r.get(ID), r.get(JOB), r.get(SLOT), r.get(STARTED),
                        Optional.ofNullable(r.get(FINISHED)), StatusNames.parse(JobOutcome.class, r.get(OUTCOME)),
                        counts(r.get(JOB_RUN_COUNTS.COUNTS)), r.get(RAN_BY)));
        return Page.fromOverfetch(rows, page, run -> new Position(new SortValue.Time(run.startedAt()), run.id()));
    }

    private static Map<String, Long> counts(JSONB json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonbMaps.fromJsonb(json).forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
        return counts;
    }
}
