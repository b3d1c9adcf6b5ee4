package org.clientportal.application.metric;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/**
 * A project's metrics summed up per bucket over days of the agency's time zone (both ends included;
 * the last 30 days by default), for one series or all of them.
 */
public final class GetMetrics {

    public static final int DEFAULT_DAYS = 30;
    public static final int DAYS_MAX = 366;
    public static final int BUCKETS_MAX = 1000;
    /** Rows of one answer: every series of a busy project, by the day, over a year. */
    public static final int ROWS_MAX = 10_000;

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final ProjectMetrics metrics;
    private final SlaSettings settings;
    private final Clock clock;

    GetMetrics(Transactions transactions, ProjectRepository projects, ProjectMetrics metrics, SlaSettings settings,
               Clock clock) {
        this.transactions = transactions;
        this.projects = projects;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    public MetricsView execute(Actor actor, String projectId, String name, String from, String to, String bucket) {
        actor.require(Permission.READ);
        ProjectId project = ProjectId.parse(projectId);
        Validation v = new Validation();
        Optional<String> series = v.optional("name", name, MetricPoint::name);
        Optional<LocalDate> first = v.optional("from", from, Dates::parse);
        Optional<LocalDate> last = v.optional("to", to, Dates::parse);
        MetricBucket by = v.optional("bucket", bucket, raw -> StatusNames.parse(MetricBucket.class, raw))
                .orElse(MetricBucket.DAY);
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            projects.find(actor.tenantId(), project).orElseThrow(() -> new NotFound("project", projectId));
            ZoneId zone = settings.hoursOf(actor.tenantId()).zone();
            LocalDate end = last.orElseGet(() -> first.map(f -> f.plusDays(DEFAULT_DAYS - 1))
                    .orElse(clock.now().atZone(zone).toLocalDate()));
            LocalDate start = first.orElse(end.minusDays(DEFAULT_DAYS - 1));
            Instant since = start.atStartOfDay(zone).toInstant();
            Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();
            checkRange(start, end, by, Duration.between(since, until));
            List<MetricAggregate> rows = metrics.aggregate(actor.tenantId(), project, series, since, until, by, zone,
                    ROWS_MAX + 1);
            return new MetricsView(project, start, end, by, zone, rows.size() > ROWS_MAX ? rows.subList(0, ROWS_MAX)
                    : rows, rows.size() > ROWS_MAX);
        });
    }

    private static void checkRange(LocalDate start, LocalDate end, MetricBucket by, Duration span) {
        Validation v = new Validation();
        if (end.isBefore(start)) {
            v.add("to", "must be on or after from (" + start + ")");
        } else if (ChronoUnit.DAYS.between(start, end) >= DAYS_MAX) {
            v.add("to", "must be within " + DAYS_MAX + " days of from (" + start + ")");
        } else if (by.bucketsIn(span) > BUCKETS_MAX) {
            v.add("bucket", "gives more than " + BUCKETS_MAX + " buckets over " + start + " to " + end
                    + "; take a longer bucket or a shorter range");
        }
        v.done();
    }
}
