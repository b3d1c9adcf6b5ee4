package org.clientportal.application.metric;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.project.ProjectId;

/** A project's metrics over days of the agency's zone, summed up per bucket; {@code truncated} when cut at the limit. */
public record MetricsView(ProjectId projectId, LocalDate from, LocalDate to, MetricBucket bucket, ZoneId zone,
                          List<MetricAggregate> aggregates, boolean truncated) {

    public MetricsView {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        aggregates = List.copyOf(aggregates);
    }
}
