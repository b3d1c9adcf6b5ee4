package org.clientportal.adapters.persistence.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.update.ListUpdates;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A project's updates and a client's shared ones are each one index range, newest first, without sorting. */
class UpdateListOrdersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @Test
    void aProjectsUpdates_andAClientsSharedOnes_areReadFromTheirIndexes() {
        for (boolean afterCursor : List.of(false, true)) {
            String ofProject = QueryPlans.planOf(DATABASE.persistence(), TENANT, () -> JooqUpdateRepository.searchQuery(
                    TENANT, UpdateSearch.ofProject(new ProjectId(UUID.randomUUID()), Optional.empty()),
                    QueryPlans.request(TENANT, ListUpdates.LISTING.defaultSort(), afterCursor)));
            String sharedWithClient = QueryPlans.planOf(DATABASE.persistence(), TENANT, () ->
                    JooqUpdateRepository.searchQuery(TENANT, UpdateSearch.sharedWith(new ClientId(UUID.randomUUID()),
                            Optional.empty()), QueryPlans.request(TENANT, ListUpdates.LISTING.defaultSort(), afterCursor)));

            assertThat(ofProject).contains("project_updates_project_idx").doesNotContain("Sort");
            assertThat(sharedWithClient).contains("project_updates_client_idx").doesNotContain("Sort");
        }
    }
}
