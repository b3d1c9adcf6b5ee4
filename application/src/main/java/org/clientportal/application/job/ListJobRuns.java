package org.clientportal.application.job;

import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Permission;

/** The scheduled jobs' runs, newest first, each with what it did for the caller's agency. */
public final class ListJobRuns {

    public static final Listing<JobRunSort> LISTING =
            new Listing<>("job-runs", JobRunSort.class, Sort.descending(JobRunSort.STARTED_AT));

    private final Transactions transactions;
    private final JobRuns runs;

    ListJobRuns(Transactions transactions, JobRuns runs) {
        this.transactions = transactions;
        this.runs = runs;
    }

    public Page<JobRun> execute(Actor actor, PageInput input) {
        actor.require(Permission.READ);
        PageRequest<JobRunSort> page = LISTING.request(input, actor.tenantId(), "");
        return transactions.inTenant(actor.tenantId(), () -> runs.list(actor.tenantId(), page));
    }
}
