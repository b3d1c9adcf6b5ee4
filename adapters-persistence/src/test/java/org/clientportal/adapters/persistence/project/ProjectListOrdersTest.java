package org.clientportal.adapters.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every documented order of the project list is one index range, first page and later pages, both ways. */
class ProjectListOrdersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(ProjectSort.class)
    void eachOrder_isReadFromItsIndex_withoutSorting(ProjectSort field) {
        for (Sort<ProjectSort> sort : List.of(Sort.ascending(field), Sort.descending(field))) {
            String index = switch (field) {
                case NAME -> "projects_name_order_idx";
                case CREATED_AT -> "projects_created_order_idx";
                case UPDATED_AT -> "projects_updated_order_idx";
                case DUE_DATE -> sort.descending() ? "projects_due_desc_order_idx" : "projects_due_order_idx";
            };
            for (boolean afterCursor : List.of(false, true)) {
                String plan = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqProjectRepository.searchQuery(
                        TENANT, ProjectSearch.all(), QueryPlans.request(TENANT, sort, afterCursor)));

                assertThat(plan).as(sort.wireName() + (afterCursor ? " after a cursor" : "")).contains(index)
                        .doesNotContain("Sort");
            }
        }
    }

    @Test
    void theDefaultOrder_ofOneClient_orInOneStatus_isReadFromTheirIndexes() {
        String ofClient = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqProjectRepository.searchQuery(TENANT,
                new ProjectSearch(Optional.of(new ClientId(UUID.randomUUID())), Set.of(), Optional.empty()),
                QueryPlans.request(TENANT, SearchProjects.LISTING.defaultSort(), true)));
        String inStatus = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqProjectRepository.searchQuery(TENANT,
                new ProjectSearch(Optional.empty(), Set.of(ProjectStatus.ACTIVE), Optional.empty()),
                QueryPlans.request(TENANT, SearchProjects.LISTING.defaultSort(), false)));

        assertThat(ofClient).contains("projects_client_idx").doesNotContain("Sort");
        assertThat(inStatus).contains("projects_status_idx").doesNotContain("Sort");
    }
}
