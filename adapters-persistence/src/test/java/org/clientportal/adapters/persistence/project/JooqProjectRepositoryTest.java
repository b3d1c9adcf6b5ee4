package org.clientportal.adapters.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.ProjectRepositoryContract;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fake also passes, on a real PostgreSQL database of this class's own. */
class JooqProjectRepositoryTest extends ProjectRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }

    @Test
    void anUpdate_writesOnlyTheMilestonesThatChanged_andLeavesTheOthersRowsUntouched() throws SQLException {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project planned = project(tenant, client, "Site")
                .withMilestones(List.of(milestone("kickoff"), milestone("design"), milestone("launch")), at(1));
        inTenant(tenant, () -> ports.projects().add(planned));
        Map<String, Long> before = rowVersions(planned);

        Project changed = planned
                .withMilestones(List.of(milestone("kickoff"), milestone("design"), milestone("qa")), at(2))
                .completeMilestone(new MilestoneKey("design"), at(2));
        inTenant(tenant, () -> ports.projects().update(changed, planned.version()));
        Map<String, Long> after = rowVersions(planned);

        assertThat(after).containsOnlyKeys("kickoff", "design", "qa");
        assertThat(after.get("kickoff")).as("an unchanged milestone keeps its row").isEqualTo(before.get("kickoff"));
        assertThat(after.get("design")).as("a changed milestone is updated").isNotEqualTo(before.get("design"));
    }

    /** Each milestone row's xmin: the transaction that last wrote it, changed by any update or re-insert. */
    private static Map<String, Long> rowVersions(Project project) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection admin = DATABASE.connectAsAdmin();
             PreparedStatement query = admin.prepareStatement(
                     "select key, xmin::text::bigint from portal.milestones where tenant_id = ? and project_id = ?")) {
            query.setObject(1, project.tenantId().value());
            query.setObject(2, project.id().value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return versions;
    }
}
