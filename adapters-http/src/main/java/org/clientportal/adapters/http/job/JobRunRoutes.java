package org.clientportal.adapters.http.job;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.job.JobFeature;
import org.clientportal.application.job.ListJobRuns;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** The record of the scheduled jobs' runs. */
public final class JobRunRoutes implements FeatureRoutes {

    /** What GET /api/v1/job-runs takes. */
    public static final QueryParameters PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Jobs",
            "The scheduled jobs (stale leads daily at 03:00 UTC, stale attachments at 04:00 UTC) and their runs.");

    private final JobFeature jobs;

    public JobRunRoutes(JobFeature jobs) {
        this.jobs = jobs;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/job-runs", Operation.of("listJobRuns", TAG,
                        "List the scheduled jobs' runs")
                .description("Every run of every job, newest first: its slot, when it started and finished, how it"
                        + " ended and what it did for the caller's agency.")
                .query(PARAMETERS, PageJson.sort("JobRunSort", "job-runs", ListJobRuns.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of runs.", PageJson.class, JobRunJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(jobs.listJobRuns().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), JobRunJson::of));
        });
    }
}
