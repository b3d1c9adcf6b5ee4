package org.clientportal.adapters.persistence.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each stored kind of the queue is one index range in its order, first page or after a cursor, without sorting. */
class WorkQueuePlansTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final Map<QueueItemKind, String> INDEXES = Map.of(
            QueueItemKind.TASK_OVERDUE, "tasks_overdue_idx",
            QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, "tasks_status_idx",
            QueueItemKind.ASK_UNCLASSIFIED, "asks_classification_idx",
            QueueItemKind.REPORT_AWAITING_REVIEW, "reports_in_review_idx",
            QueueItemKind.INVOICE_OVERDUE, "docs_records_overdue_idx",
            QueueItemKind.CAPACITY_EXCEEDED, "capacity_crossings_raised_idx",
            QueueItemKind.CAPACITY_WARNING, "capacity_crossings_raised_idx");

    @Test
    void everyStoredKind_isReadFromItsIndex() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Optional<Position> cursor = Optional.of(new Position(new SortValue.Time(now), UUID.randomUUID()));
        INDEXES.forEach((kind, index) -> {
            for (Optional<Position> after : List.of(Optional.<Position>empty(), cursor)) {
                String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqWorkQueue.itemsQuery(TENANT,
                        kind, LocalDate.parse("2026-12-01"), ZoneId.of("UTC"), now, after, 51));
                assertThat(plan).as(kind + " " + after).contains(index).doesNotContain("Sort ");
            }
        });
    }
}
