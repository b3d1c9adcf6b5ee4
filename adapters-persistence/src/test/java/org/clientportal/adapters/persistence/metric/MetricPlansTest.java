package org.clientportal.adapters.persistence.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.domain.metric.MetricBucket;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A project's sums read its points through the series index, one series or all, whatever the bucket. */
class MetricPlansTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final ProjectId PROJECT = new ProjectId(UUID.randomUUID());

    @Test
    void sums_readTheSeriesIndex_neverTheWholeTable() {
        for (Optional<String> name : List.of(Optional.<String>empty(), Optional.of("deploys"))) {
            String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqProjectMetrics.aggregateQuery(
                    TENANT, PROJECT, name, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
                    MetricBucket.DAY, ZoneId.of("Europe/Berlin"), 10_001));
            assertThat(plan).contains("project_metrics_series_idx").doesNotContain("Seq Scan");
        }
    }
}
