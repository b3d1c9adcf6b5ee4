package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/** Metric points kept once per id, and summed up per series, unit and bucket of a zone, exactly. */
public abstract class ProjectMetricsContract extends StorageContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ProjectId project(TenantId tenant) {
        ClientId client = newClient(tenant);
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project.id();
    }

    private static MetricPoint point(String name, String value, String unit, String at, String id) {
        return new MetricPoint(name, new BigDecimal(value), unit, Instant.parse(at), Optional.ofNullable(id));
    }

    private int record(TenantId tenant, ProjectId project, List<MetricPoint> points) {
        return inTenant(tenant, () -> ports.metrics().record(tenant, project, points, at(1)));
    }

    private List<MetricAggregate> aggregate(TenantId tenant, ProjectId project, Optional<String> name,
                                            MetricBucket bucket, int limit) {
        return inTenant(tenant, () -> ports.metrics().aggregate(tenant, project, name,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), bucket, BERLIN, limit));
    }

    @Test
    void aPointWithAnId_isKeptOnce_andOneWithoutIsAlwaysKept() {
        TenantId tenant = newTenant();
        ProjectId site = project(tenant);
        List<MetricPoint> batch = List.of(point("deploys", "1", "count", "2026-03-02T10:00:00Z", "d-1"),
                point("deploys", "1", "count", "2026-03-02T11:00:00Z", null));

        assertThat(record(tenant, site, batch)).isEqualTo(2);
        assertThat(record(tenant, site, batch)).isEqualTo(1);
        assertThat(record(tenant, project(tenant), batch)).isEqualTo(2);
        assertThat(aggregate(tenant, site, Optional.empty(), MetricBucket.MONTH, 10))
                .extracting(MetricAggregate::count).containsExactly(3L);
    }

    @Test
    void pointsAreSummedUpPerSeriesUnitAndBucket_onTheZonesDays_exactly() {
        TenantId tenant = newTenant();
        ProjectId site = project(tenant);
        record(tenant, site, List.of(
                point("latency.p95", "120.5", "ms", "2026-03-02T08:00:00Z", null),
                point("latency.p95", "99.25", "ms", "2026-03-02T23:30:00Z", null),
                point("latency.p95", "0.1", "s", "2026-03-02T09:00:00Z", null),
                point("deploys", "1", "count", "2026-03-02T23:30:00Z", null),
                point("deploys", "2", "count", "2026-03-31T21:59:00Z", null),
                point("deploys", "5", "count", "2026-03-31T22:01:00Z", null),
                point("deploys", "1", "count", "2026-02-28T12:00:00Z", null)));

        List<MetricAggregate> daily = aggregate(tenant, site, Optional.empty(), MetricBucket.DAY, 100);

        assertThat(daily).extracting(MetricAggregate::name, MetricAggregate::unit, MetricAggregate::bucketStart,
                MetricAggregate::count).containsExactly(
                tuple("deploys", "count", Instant.parse("2026-03-02T23:00:00Z"), 1L),
                tuple("deploys", "count", Instant.parse("2026-03-30T22:00:00Z"), 1L),
                tuple("deploys", "count", Instant.parse("2026-03-31T22:00:00Z"), 1L),
                tuple("latency.p95", "ms", Instant.parse("2026-03-01T23:00:00Z"), 1L),
                tuple("latency.p95", "ms", Instant.parse("2026-03-02T23:00:00Z"), 1L),
                tuple("latency.p95", "s", Instant.parse("2026-03-01T23:00:00Z"), 1L));
        List<MetricAggregate> monthly = aggregate(tenant, site, Optional.of("latency.p95"), MetricBucket.MONTH, 100);
        assertThat(monthly).hasSize(2);
        MetricAggregate ms = monthly.get(0);
        assertThat(ms.sum()).isEqualByComparingTo("219.75");
        assertThat(ms.min()).isEqualByComparingTo("99.25");
        assertThat(ms.max()).isEqualByComparingTo("120.5");
        assertThat(ms.avg()).isEqualByComparingTo("109.875");
        assertThat(ms.sum().toPlainString()).isEqualTo("219.75");
    }

    @Test
    void aThirdOfAnExactSum_isRoundedToTenDecimals_andTheListStopsAtItsLimit() {
        TenantId tenant = newTenant();
        ProjectId site = project(tenant);
        record(tenant, site, List.of(point("errors", "1", "count", "2026-03-02T10:00:00Z", null),
                point("errors", "0", "count", "2026-03-02T10:10:00Z", null),
                point("errors", "0", "count", "2026-03-02T10:20:00Z", null)));
        record(tenant, site, IntStream.range(0, 5).mapToObj(h -> point("load", "1", "%",
                "2026-03-05T0" + h + ":30:00Z", null)).toList());

        assertThat(aggregate(tenant, site, Optional.of("errors"), MetricBucket.HOUR, 10).get(0).avg())
                .isEqualByComparingTo("0.3333333333");
        assertThat(aggregate(tenant, site, Optional.of("load"), MetricBucket.HOUR, 3)).hasSize(3);
        TenantId other = newTenant();
        assertThat(aggregate(other, site, Optional.empty(), MetricBucket.DAY, 10)).isEmpty();
    }
}
