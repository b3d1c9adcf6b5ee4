package org.clientportal.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.fixtures.TestProjects;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ProjectVisibilityTest {

    private final Instant later = TestClients.T0.plusSeconds(3600);

    @Test
    void aNewProject_isInternal_andSharingItIsAChangeOfItsOwn() {
        Project planned = TestProjects.aPlannedProject();

        Project shared = planned.withVisibility(Visibility.CLIENT, later);

        assertThat(planned.isVisibleToClient()).isFalse();
        assertThat(shared.isVisibleToClient()).isTrue();
        assertThat(shared.version()).isEqualTo(planned.version() + 1);
        assertThat(shared.withVisibility(Visibility.CLIENT, later.plusSeconds(1))).isSameAs(shared);
        assertThat(shared.withDetails(shared.details(), later).visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(shared.transitionTo(ProjectStatus.ACTIVE, later).visibility()).isEqualTo(Visibility.CLIENT);
    }

    @Test
    void onlySharedMilestones_areVisibleToTheClient_inPlanOrder() {
        Milestone hidden = TestProjects.milestone("internal-review");
        Milestone kickoff = shared("kickoff");
        Milestone launch = shared("launch");

        Project project = TestProjects.aPlannedProject().withMilestones(List.of(kickoff, hidden, launch), later);

        assertThat(project.milestonesVisibleToClient()).extracting(m -> m.key().value())
                .containsExactly("kickoff", "launch");
        assertThat(project.completeMilestone(new MilestoneKey("kickoff"), later).milestonesVisibleToClient().get(0)
                .visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(project.asSharedWithClient().milestones()).containsExactly(kickoff, launch);
        assertThat(project.asSharedWithClient().version()).isEqualTo(project.version());
    }

    private static Milestone shared(String key) {
        return new Milestone(new MilestoneKey(key), "Milestone " + key, List.of(), Optional.empty(), Visibility.CLIENT,
                Optional.empty());
    }
}
