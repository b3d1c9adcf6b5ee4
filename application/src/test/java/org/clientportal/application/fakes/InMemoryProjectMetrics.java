package org.clientportal.application.fakes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;

/** Points in a map, a point with an id kept once per project; sums as PostgreSQL's (the mean rounded to 10 decimals). */
public final class InMemoryProjectMetrics implements ProjectMetrics {

    private record Stored(TenantId tenant, ProjectId project, MetricPoint point) {
    }

    private final TransactionalMap<String, Stored> points;

    public InMemoryProjectMetrics(InMemoryTransactions transactions) {
        this.points = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized int record(TenantId tenant, ProjectId project, List<MetricPoint> batch, Instant receivedAt) {
        int written = 0;
        for (MetricPoint point : batch) {
            String key = point.pointId().map(id -> tenant + "/" + project + "/" + id)
                    .orElseGet(() -> UUID.randomUUID().toString());
            if (points.get(key).isEmpty()) {
                points.put(key, new Stored(tenant, project, point));
                written++;
            }
        }
        return written;
    }

    /** A project's points, as stored. */
    public List<MetricPoint> pointsOf(TenantId tenant, ProjectId project) {
        return points.values().stream().filter(s -> s.tenant().equals(tenant) && s.project().equals(project))
                .map(Stored::point).toList();
    }

    @Override
    public List<MetricAggregate> aggregate(TenantId tenant, ProjectId project, Optional<String> name, Instant from,
                                           Instant until, MetricBucket bucket, ZoneId zone, int limit) {
        Map<String, List<MetricPoint>> groups = new TreeMap<>();
        for (Stored s : points.values()) {
            MetricPoint p = s.point();
            if (s.tenant().equals(tenant) && s.project().equals(project) && name.map(p.name()::equals).orElse(true)
                    && !p.at().isBefore(from) && p.at().isBefore(until)) {
                groups.computeIfAbsent(p.name() + "\u0000" + p.unit() + "\u0000" + bucket.startOf(p.at(), zone),
                        k -> new ArrayList<>()).add(p);
            }
        }
        List<MetricAggregate> out = new ArrayList<>();
        groups.values().forEach(group -> {
            MetricPoint any = group.get(0);
            BigDecimal sum = group.stream().map(MetricPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new MetricAggregate(any.name(), any.unit(), bucket.startOf(any.at(), zone), group.size(), sum,
                    group.stream().map(MetricPoint::value).min(Comparator.naturalOrder()).orElseThrow(),
                    group.stream().map(MetricPoint::value).max(Comparator.naturalOrder()).orElseThrow(),
                    sum.divide(BigDecimal.valueOf(group.size()), MetricPoint.DECIMALS_MAX, RoundingMode.HALF_UP)));
        });
        out.sort(Comparator.comparing(MetricAggregate::name).thenComparing(MetricAggregate::unit)
                .thenComparing(MetricAggregate::bucketStart));
        return out.stream().limit(limit).toList();
    }
}
