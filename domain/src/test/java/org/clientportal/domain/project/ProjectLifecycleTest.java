package org.clientportal.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.fixtures.TestProjects;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectLifecycleTest {

    private static final Map<ProjectStatus, Set<ProjectStatus>> DOCUMENTED = Map.of(
            ProjectStatus.PLANNED, Set.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.ACTIVE, Set.of(ProjectStatus.ON_HOLD, ProjectStatus.IN_REVIEW, ProjectStatus.CANCELLED),
            ProjectStatus.ON_HOLD, Set.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED),
            ProjectStatus.IN_REVIEW, Set.of(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, ProjectStatus.CANCELLED),
            ProjectStatus.COMPLETED, Set.of(),
            ProjectStatus.CANCELLED, Set.of());

    static Stream<Arguments> everyPair() {
        return Stream.of(ProjectStatus.values())
                .flatMap(from -> Stream.of(ProjectStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenDocumented(ProjectStatus from, ProjectStatus to) {
        Project project = TestProjects.inStatus(from);
        if (DOCUMENTED.get(from).contains(to)) {
            Project moved = project.transitionTo(to, TestClients.T0.plusSeconds(1));
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(project.version() + 1);
        } else {
            assertThatThrownBy(() -> project.transitionTo(to, TestClients.T0))
                    .isInstanceOf(TransitionNotAllowed.class)
                    .satisfies(e -> assertThat(((TransitionNotAllowed) e).allowed()).containsExactlyInAnyOrderElementsOf(
                            DOCUMENTED.get(from).stream().map(s -> s.name().toLowerCase()).toList()));
        }
    }
}
