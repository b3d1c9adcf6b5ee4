package org.clientportal.application.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.application.job.JobRun;
import org.clientportal.application.job.JobRunSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.shared.TenantId;

/** The record of scheduled jobs' runs: the system's, with what each run did for each agency kept as that agency's. */
public interface JobRuns {

    /** Records a run of the job's slot as running; empty when that slot already has a run (it is not run twice). */
    Optional<UUID> begin(String job, Instant slot, Instant at, String ranBy);

    void end(UUID run, Instant at, JobOutcome outcome, Map<String, Long> totals, Optional<String> error);

    /** What the run did for the tenant, written once, in the tenant's transaction. */
    void countFor(TenantId tenant, UUID run, Map<String, Long> counts);

    /** Runs newest first, each with what it did for the tenant. */
    Page<JobRun> list(TenantId tenant, PageRequest<JobRunSort> page);
}
