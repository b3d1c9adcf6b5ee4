package org.clientportal.domain.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ProjectUpdateTest {

    private final ProjectUpdate posted = ProjectUpdate.post(new UpdateId(UUID.randomUUID()), TestClients.TENANT,
            new ProjectId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), "Design is signed off",
            Visibility.INTERNAL, "operator:x", "Olive", TestClients.T0);

    @Test
    void aPostedUpdate_isInternal_untilSharedOnPurpose() {
        Instant later = TestClients.T0.plusSeconds(60);

        ProjectUpdate shared = posted.with(posted.body(), Visibility.CLIENT, later);

        assertThat(posted.isVisibleToClient()).isFalse();
        assertThat(shared.isVisibleToClient()).isTrue();
        assertThat(shared.version()).isEqualTo(2);
        assertThat(shared.updatedAt()).isEqualTo(later);
        assertThat(shared.createdAt()).isEqualTo(TestClients.T0);
    }

    @Test
    void aChangeToNothingNew_isTheSameUpdate() {
        assertThat(posted.with("Design is signed off", Visibility.INTERNAL, TestClients.T0.plusSeconds(5)))
                .isSameAs(posted);
    }
}
