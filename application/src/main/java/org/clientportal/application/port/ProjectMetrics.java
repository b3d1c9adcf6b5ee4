package org.clientportal.application.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clientportal.domain.metric.MetricAggregate;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;

/** Points of projects' metric series, as integrators send them. */
public interface ProjectMetrics {

    /**
     * Keeps the batch in one statement; a point whose id the project already holds is left out.
     * Answers how many points were written.
     */
    int record(TenantId tenant, ProjectId project, List<MetricPoint> points, Instant receivedAt);

    /**
     * The project's points from {@code from} until (not including) {@code until}, of one series or all,
     * summed up per series, unit and bucket of the zone; by name, unit and time; at most {@code limit}.
     */
    List<MetricAggregate> aggregate(TenantId tenant, ProjectId project, Optional<String> name, Instant from,
                                    Instant until, MetricBucket bucket, ZoneId zone, int limit);
}
