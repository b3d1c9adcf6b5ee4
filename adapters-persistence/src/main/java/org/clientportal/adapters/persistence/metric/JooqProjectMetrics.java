package org.clientportal.adapters.persistence.metric;

import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_METRICS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A batch is one insert of unnested arrays, whatever its size (values and times sent as text, cast
 * in SQL, so every decimal arrives exactly as sent); a point whose id the project holds is skipped by
 * the partial unique index. Sums are one grouped read of the series index.
 */
public final class JooqProjectMetrics implements ProjectMetrics {

    private static final String INSERT = "insert into portal.project_metrics"
            + " (tenant_id, project_id, name, value, unit, at, point_id, received_at)"
            + " select ?::uuid, ?::uuid, p.name, p.value::numeric, p.unit, p.at::timestamptz, p.point_id, ?::timestamptz"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as p(name, value, unit, at, point_id)"
            + " on conflict (tenant_id, project_id, point_id) where point_id is not null do nothing";

    @Override
    public int record(TenantId tenant, ProjectId project, List<MetricPoint> points, Instant receivedAt) {
        return CurrentTransaction.dsl().execute(INSERT, tenant.toString(), project.toString(), receivedAt.toString(),
                points.stream().map(MetricPoint::name).toArray(String[]::new),
                points.stream().map(p -> p.value().toPlainString()).toArray(String[]::new),
                points.stream().map(MetricPoint::unit).toArray(String[]::new),
                points.stream().map(p -> p.at().toString()).toArray(String[]::new),
                points.stream().map(p -> p.pointId().orElse(null)).toArray(String[]::new));
    }

    @Override
    public List<MetricAggregate> aggregate(TenantId tenant, ProjectId project, Optional<String> name, Instant from,
                                           Instant until, MetricBucket bucket, ZoneId zone, int limit) {
        return aggregateQuery(tenant, project, name, from, until, bucket, zone, limit)
                .fetch(r -> new MetricAggregate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** The grouped read, through the series index; a test asks for its plan. */
    static ResultQuery<Record8<String, String, Instant, Long, BigDecimal, BigDecimal, BigDecimal, BigDecimal>>
            aggregateQuery(TenantId tenant, ProjectId project, Optional<String> name, Instant from, Instant until,
                           MetricBucket bucket, ZoneId zone, int limit) {
        // Bucket and zone are written into the statement (a zone id is a checked name): grouping and
        // ordering must name the very expression selected, which two bind parameters would not be.
        Field<Instant> start = DSL.field("date_trunc({0}, {1}, {2})", SQLDataType.INSTANT,
                DSL.inline(bucket.name().toLowerCase(Locale.ROOT)), PROJECT_METRICS.AT, DSL.inline(zone.getId()));
        Field<BigDecimal> mean = DSL.round(DSL.avg(PROJECT_METRICS.VALUE), MetricPoint.DECIMALS_MAX);
        return CurrentTransaction.dsl()
                .select(PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT, start, DSL.count().cast(Long.class),
                        DSL.sum(PROJECT_METRICS.VALUE), DSL.min(PROJECT_METRICS.VALUE), DSL.max(PROJECT_METRICS.VALUE),
                        mean)
                .from(PROJECT_METRICS)
                .where(PROJECT_METRICS.TENANT_ID.eq(tenant.value()), PROJECT_METRICS.PROJECT_ID.eq(project.value()),
                        name.map(PROJECT_METRICS.NAME::eq).orElse(DSL.noCondition()),
                        PROJECT_METRICS.AT.ge(from), PROJECT_METRICS.AT.lt(until))
                .groupBy(PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT, start)
                .orderBy(PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT, start)
                .limit(limit);
    }
}
