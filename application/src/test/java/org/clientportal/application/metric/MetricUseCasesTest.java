package org.clientportal.application.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Metric batches and their sums over the fakes. */
class MetricUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final MetricFeature metrics = agency.features.metrics;
    private String site;

    @BeforeEach
    void aProject() {
        Client acme = agency.client("Acme");
        Project project = agency.project(acme, "Website");
        site = project.id().toString();
    }

    private static MetricPointInput point(String name, String value, String at, String id) {
        return new MetricPointInput(name, value == null ? null : new BigDecimal(value), "count", at, id);
    }

    private static List<String> fields(ValidationFailed failed) {
        return failed.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void aBatch_isKeptWhole_andSendingItAgainAddsOnlyPointsWithoutAnId_andItsSumsAreReadOnTheAgencysDays() {
        List<MetricPointInput> batch = List.of(point("deploys", "1", "2026-01-05T08:00:00Z", "d-1"),
                point("deploys", "2", "2026-01-05T09:00:00Z", "d-2"), point("deploys", "4", "2026-01-04T09:00:00Z", null));

        MetricsReceived first = metrics.recordMetrics().execute(agency.operatorWithRole("member"), site, batch);
        MetricsReceived again = metrics.recordMetrics().execute(agency.owner, site, batch);

        assertThat(first).isEqualTo(new MetricsReceived(3, 3));
        assertThat(again.duplicates()).isEqualTo(2);
        MetricsView view = metrics.getMetrics().execute(agency.operatorWithRole("viewer"), site, "deploys", null, null,
                null);
        assertThat(view.to()).isEqualTo(agency.fakes.clock.now().atZone(view.zone()).toLocalDate());
        assertThat(view.from()).isEqualTo(view.to().minusDays(GetMetrics.DEFAULT_DAYS - 1));
        assertThat(view.aggregates()).extracting(a -> a.count()).containsExactly(2L, 2L);
        assertThat(view.aggregates().get(0).sum()).as("a point sent without an id, kept twice").isEqualByComparingTo("8");
        assertThat(view.aggregates().get(1).sum()).isEqualByComparingTo("3");
    }

    @Test
    void aBadBatch_isRefusedWhole_namingEveryBadField() {
        List<MetricPointInput> bad = List.of(point("Deploys", "1", "2026-01-05T08:00:00Z", "x"),
                point("deploys", null, "yesterday", "x"),
                new MetricPointInput("deploys", new BigDecimal("1.12345678901"), "", "2026-01-05T08:00:00Z", null));

        ValidationFailed failed = catchValidation(() -> metrics.recordMetrics().execute(agency.owner, site, bad));

        assertThat(fields(failed)).containsExactly("points[0].name", "points[1].value", "points[1].at", "points[1].id",
                "points[2].value", "points[2].unit");
        assertThat(fields(catchValidation(() -> metrics.recordMetrics().execute(agency.owner, site, List.of()))))
                .containsExactly("points");
        List<MetricPointInput> tooMany = new ArrayList<>(Collections.nCopies(RecordMetrics.BATCH_MAX + 1,
                point("deploys", "1", "2026-01-05T08:00:00Z", null)));
        assertThat(fields(catchValidation(() -> metrics.recordMetrics().execute(agency.owner, site, tooMany))))
                .containsExactly("points");
        assertThat(metrics.getMetrics().execute(agency.owner, site, null, "2026-01-01", "2026-01-31", "month")
                .aggregates()).isEmpty();
    }

    @Test
    void aFullBatch_isTaken() {
        List<MetricPointInput> full = IntStream.range(0, RecordMetrics.BATCH_MAX)
                .mapToObj(i -> point("load", String.valueOf(i % 7), "2026-01-05T08:00:00Z", "p-" + i)).toList();

        assertThat(metrics.recordMetrics().execute(agency.owner, site, full).written()).isEqualTo(RecordMetrics.BATCH_MAX);
    }

    @Test
    void whoMayNot_whatIsNotThere_andRangesTooLong_areRefused() {
        List<MetricPointInput> one = List.of(point("deploys", "1", "2026-01-05T08:00:00Z", null));

        assertThatThrownBy(() -> metrics.recordMetrics().execute(agency.operatorWithRole("viewer"), site, one))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> metrics.recordMetrics().execute(agency.owner,
                "00000000-0000-0000-0000-000000000000", one)).isInstanceOf(NotFound.class);
        assertThat(fields(catchValidation(() -> metrics.getMetrics().execute(agency.owner, site, null, "2026-02-01",
                "2026-01-01", null)))).containsExactly("to");
        assertThat(fields(catchValidation(() -> metrics.getMetrics().execute(agency.owner, site, null, "2025-01-01",
                "2026-01-31", null)))).containsExactly("to");
        assertThat(fields(catchValidation(() -> metrics.getMetrics().execute(agency.owner, site, null, "2026-01-01",
                "2026-03-31", "hour")))).containsExactly("bucket");
        assertThat(fields(catchValidation(() -> metrics.getMetrics().execute(agency.owner, site, "Bad Name", null,
                null, "fortnight")))).containsExactly("name", "bucket");
    }

    private static ValidationFailed catchValidation(ThrowingCallable action) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, action);
        assertThat(failed).isNotNull();
        return failed;
    }
}
