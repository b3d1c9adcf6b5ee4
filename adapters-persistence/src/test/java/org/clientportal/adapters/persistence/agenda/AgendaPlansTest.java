package org.clientportal.adapters.persistence.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Due and stale work read each kind of record through its partial index of the open rows, in order and
 * no further than a page: the union sorts a page per kind at most.
 */
class AgendaPlansTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @Test
    void dueWork_readsOpenTasksMilestonesAndReports_throughTheirIndexes_aPageEach() {
        Optional<Position> cursor = Optional.of(new Position(new SortValue.Date(Optional.of(LocalDate.parse(
                "2026-12-03"))), UUID.randomUUID()));
        for (Optional<Position> after : List.of(Optional.<Position>empty(), cursor)) {
            String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqAgenda.dueQuery(TENANT,
                    LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-08"), after, 51));
            assertThat(plan).contains("Index Scan using tasks_overdue_idx").contains("Index Scan using milestones_due_idx")
                    .contains("Index Scan using reports_pending_due_idx")
                    .contains("Index Scan using docs_records_unpaid_due_idx").doesNotContain("Seq Scan");
        }
    }

    @Test
    void staleWork_readsLeadsProjectsAndTasks_throughTheirIndexes_aPageEach() {
        Optional<Position> cursor = Optional.of(new Position(new SortValue.Time(Instant.parse("2026-11-01T00:00:00Z")),
                UUID.randomUUID()));
        for (Optional<Position> after : List.of(Optional.<Position>empty(), cursor)) {
            String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqAgenda.staleQuery(TENANT,
                    Instant.parse("2026-11-17T00:00:00Z"), after, 51));
            assertThat(plan).contains("Index Scan using clients_leads_updated_idx")
                    .contains("Index Scan using projects_open_updated_idx").contains("Index Scan using tasks_open_updated_idx")
                    .doesNotContain("Seq Scan");
        }
    }
}
