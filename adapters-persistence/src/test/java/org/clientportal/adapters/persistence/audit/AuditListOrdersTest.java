package org.clientportal.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.AuditSort;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail, in either direction of time, whole or for one record, is one index range. */
class AuditListOrdersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @Test
    void eitherDirectionOfTime_isReadFromAnIndex_withoutSorting() {
        for (Sort<AuditSort> sort : List.of(Sort.ascending(AuditSort.AT), Sort.descending(AuditSort.AT))) {
            for (boolean afterCursor : List.of(false, true)) {
                String all = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqAuditTrail.searchQuery(TENANT,
                        AuditSearch.all(), QueryPlans.request(TENANT, sort, afterCursor)));
                String ofOneRecord = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqAuditTrail.searchQuery(
                        TENANT, new AuditSearch(Optional.of("client"), Optional.of(UUID.randomUUID().toString())),
                        QueryPlans.request(TENANT, sort, afterCursor)));

                assertThat(all).as(sort.wireName()).contains("audit_events_at_order_idx").doesNotContain("Sort");
                assertThat(ofOneRecord).as(sort.wireName()).contains("audit_events_entity_idx").doesNotContain("Sort");
            }
        }
    }
}
