package org.clientportal.adapters.http.metric;

import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.metric.GetMetrics;
import org.clientportal.application.metric.MetricFeature;
import org.clientportal.application.metric.MetricPointInput;
import org.clientportal.application.metric.RecordMetrics;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.operator.Permission;

/** Project metrics from integrators: a batch of points in, sums per bucket out. */
public final class MetricRoutes implements FeatureRoutes {

    /** What GET /api/v1/projects/{id}/metrics takes. */
    public static final QueryParameters PARAMETERS = QueryParameters.of("name", "from", "to", "bucket");

    private static final Operation.Tag TAG = new Operation.Tag("Metrics",
            "Numbers integrators send about a project (deploys, uptime, page speed), summed up per hour, day, week or"
                    + " month.");
    private static final Operation.Parameter PROJECT_ID = Operation.Parameter.path("id", "MetricsProjectId",
            "The project's id. An unknown id, or another agency's, is not found.");

    private final MetricFeature metrics;

    public MetricRoutes(MetricFeature metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/metrics", Operation.of("recordMetrics", TAG,
                        "Send a batch of a project's metric points")
                .description("At most " + RecordMetrics.BATCH_MAX + " points, kept in one statement: all of them or,"
                        + " when any is bad, none (each bad field named, such as `points[3].value`). A point sent with"
                        + " an `id` the project already holds is not kept again, so a batch can be sent again"
                        + " safely. An API key needs the `metrics:write` scope (or `full`). Audited once per batch"
                        + " as `project.metrics-received`, with the counts.")
                .pathParameter(PROJECT_ID)
                .body(MetricsBatchRequest.class)
                .answers(200, "How many points came, how many were kept now and how many were sent before.",
                        MetricsReceivedJson.class)
                .permission(Permission.WRITE_METRICS), (ctx, actor) -> {
            MetricsBatchRequest body = bodies.read(ctx, MetricsBatchRequest.class);
            List<MetricPointInput> points = body.points() == null ? null : body.points().stream()
                    .map(p -> p == null ? null : new MetricPointInput(p.name(), p.value(), p.unit(), p.at(), p.id()))
                    .toList();
            return Reply.ok(MetricsReceivedJson.of(metrics.recordMetrics().execute(actor, ctx.pathParam("id"),
                    points)));
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}/metrics", Operation.of("getMetrics", TAG,
                        "Sum up a project's metrics")
                .description("Per series and unit, per bucket of the agency's time zone, over `from` to `to` (days,"
                        + " both included; the last " + GetMetrics.DEFAULT_DAYS + " days by default; at most "
                        + GetMetrics.DAYS_MAX + " days and " + GetMetrics.BUCKETS_MAX + " buckets).")
                .pathParameter(PROJECT_ID)
                .query(PARAMETERS,
                        Operation.Parameter.query("name", "MetricName", "Only this series.", String.class),
                        Operation.Parameter.query("from", "MetricsFrom", "The first day.", LocalDate.class),
                        Operation.Parameter.query("to", "MetricsTo", "The last day.", LocalDate.class),
                        Operation.Parameter.query("bucket", "MetricsBucket", "`day` unless given.", MetricBucket.class))
                .answers(200, "The series summed up, by name and unit, each bucket in time order.", MetricsJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(MetricsJson.of(metrics.getMetrics().execute(actor, ctx.pathParam("id"),
                    query.one("name"), query.one("from"), query.one("to"), query.one("bucket"))));
        });
    }
}
