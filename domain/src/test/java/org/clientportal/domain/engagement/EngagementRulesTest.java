package org.clientportal.domain.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngagementRulesTest {

    @ParameterizedTest
    @EnumSource(ClientStatus.class)
    void aProjectGoesActiveOnlyWhileItsClientIsOnboardingOrActive(ClientStatus clientStatus) {
        var verdict = EngagementRules.mayMoveProject(ProjectStatus.ACTIVE, clientStatus);
        boolean engaged = clientStatus == ClientStatus.ONBOARDING || clientStatus == ClientStatus.ACTIVE;
        assertThat(verdict.isEmpty()).isEqualTo(engaged);
        verdict.ifPresent(r -> assertThat(r.code()).isEqualTo("project.client-not-engaged"));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void movesOtherThanActivation_doNotDependOnTheClient(ProjectStatus target) {
        assertThat(EngagementRules.mayMoveProject(target, ClientStatus.OFFBOARDED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void offboarding_isRefusedWhileAProjectIsActiveOnHoldOrInReview(ProjectStatus projectStatus) {
        var verdict = EngagementRules.mayMoveClient(ClientStatus.OFFBOARDED, List.of(ProjectStatus.COMPLETED, projectStatus));
        boolean open = projectStatus == ProjectStatus.ACTIVE || projectStatus == ProjectStatus.ON_HOLD
                || projectStatus == ProjectStatus.IN_REVIEW;
        assertThat(verdict.map(Rejection::code)).isEqualTo(open ? java.util.Optional.of("client.has-open-projects")
                : java.util.Optional.empty());
    }

    @Test
    void pausing_isRefusedOnlyWhileAProjectIsActive() {
        assertThat(EngagementRules.mayMoveClient(ClientStatus.PAUSED, List.of(ProjectStatus.ACTIVE)))
                .map(Rejection::code).contains("client.has-active-projects");
        assertThat(EngagementRules.mayMoveClient(ClientStatus.PAUSED, List.of(ProjectStatus.ON_HOLD, ProjectStatus.PLANNED)))
                .isEmpty();
    }

    @Test
    void anOffboardedClient_getsNoNewProjects() {
        assertThat(EngagementRules.mayCreateProject(ClientStatus.OFFBOARDED)).map(Rejection::code)
                .contains("project.client-offboarded");
        assertThat(EngagementRules.mayCreateProject(ClientStatus.LEAD)).isEmpty();
    }
}
