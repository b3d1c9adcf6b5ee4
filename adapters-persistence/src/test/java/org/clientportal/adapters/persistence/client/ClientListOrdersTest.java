package org.clientportal.adapters.persistence.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.TenantId;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every documented order of the client list is one index range, first page and later pages, both ways. */
class ClientListOrdersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(ClientSort.class)
    void eachOrder_isReadFromItsIndex_withoutSorting(ClientSort field) {
        String index = switch (field) {
            case NAME -> "clients_name_order_idx";
            case CREATED_AT -> "clients_created_order_idx";
            case UPDATED_AT -> "clients_updated_order_idx";
        };
        for (Sort<ClientSort> sort : List.of(Sort.ascending(field), Sort.descending(field))) {
            for (boolean afterCursor : List.of(false, true)) {
                String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqClientRepository.searchQuery(
                        TENANT, ClientSearch.all(), QueryPlans.request(TENANT, sort, afterCursor)));

                assertThat(plan).as(sort.wireName() + (afterCursor ? " after a cursor" : "")).contains(index)
                        .doesNotContain("Sort");
            }
        }
    }

    @Test
    void theDefaultOrder_withOneStatus_isReadFromTheStatusIndex() {
        String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqClientRepository.searchQuery(TENANT,
                new ClientSearch(Set.of(ClientStatus.ACTIVE), Optional.empty()),
                QueryPlans.request(TENANT, SearchClients.LISTING.defaultSort(), true)));

        assertThat(plan).contains("clients_status_idx").doesNotContain("Sort");
    }

    /**
     * A generic plan of the text filter reads every client of a common word, and a parallel one spends
     * more starting its workers than the walk takes (docs/performance.md, fixes 10 and 18).
     */
    @Test
    void aListWithText_isPlannedForEachExecution_withoutWorkers_aListWithout_asPostgreSQLChooses() {
        ClientSearch withText = new ClientSearch(Set.of(), Optional.of("harbor"));

        assertThat(settingAfter(withText, "plan_cache_mode")).isEqualTo("force_custom_plan");
        assertThat(settingAfter(withText, "max_parallel_workers_per_gather")).isEqualTo("0");
        assertThat(settingAfter(ClientSearch.all(), "plan_cache_mode")).isEqualTo("auto");
        assertThat(settingAfter(ClientSearch.all(), "max_parallel_workers_per_gather")).isNotEqualTo("0");
    }

    private static String settingAfter(ClientSearch search, String setting) {
        return DATABASE.persistence().transactions().inTenant(TENANT, () -> {
            new JooqClientRepository().search(TENANT, search,
                    QueryPlans.request(TENANT, SearchClients.LISTING.defaultSort(), false));
            return String.valueOf(CurrentTransaction.dsl().fetchValue("select current_setting({0})",
                    DSL.val(setting)));
        });
    }
}
