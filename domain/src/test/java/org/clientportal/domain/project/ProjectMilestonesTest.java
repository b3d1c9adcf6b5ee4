package org.clientportal.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientportal.domain.fixtures.TestProjects.milestone;

import java.time.Instant;
import java.util.List;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.fixtures.TestProjects;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class ProjectMilestonesTest {

    private final Instant later = TestClients.T0.plusSeconds(3600);

    @Test
    void replacingThePlan_keepsTheGivenOrder() {
        Project project = TestProjects.aPlannedProject()
                .withMilestones(List.of(milestone("b", "ACME-2"), milestone("a", "ACME-1", "ACME-3")), later);

        assertThat(project.milestones()).extracting(m -> m.key().value()).containsExactly("b", "a");
        assertThat(project.milestones().get(1).taskKeys()).extracting(TaskKey::value).containsExactly("ACME-1", "ACME-3");
        assertThat(project.version()).isEqualTo(2);
    }

    @Test
    void givenACompletedMilestone_replacingThePlanWithTheSameKey_keepsItsCompletion() {
        Project done = TestProjects.aPlannedProject()
                .withMilestones(List.of(milestone("design"), milestone("build")), later)
                .completeMilestone(new MilestoneKey("design"), later);

        Project replanned = done.withMilestones(List.of(milestone("build"), milestone("design")), later.plusSeconds(5));

        assertThat(replanned.milestone(new MilestoneKey("design")).orElseThrow().completedAt()).contains(later);
        assertThat(replanned.milestone(new MilestoneKey("build")).orElseThrow().isCompleted()).isFalse();
    }

    @Test
    void linkedTaskKeys_areEveryKeyOfThePlanOnce_inPlanOrder() {
        Project project = TestProjects.aPlannedProject().withMilestones(List.of(milestone("b", "ACME-2", "ACME-1"),
                milestone("a", "ACME-1", "ACME-3"), milestone("c")), later);

        assertThat(project.linkedTaskKeys()).extracting(TaskKey::value).containsExactly("ACME-2", "ACME-1", "ACME-3");
    }

    @Test
    void keysThatNameNoTaskOfTheProject_areRefusedAsUnprocessable_namingEachOfThem() {
        List<TaskKey> linked = List.of(new TaskKey("ACME-1"), new TaskKey("ACME-9"), new TaskKey("WEB-1"));

        assertThatThrownBy(() -> UnknownTaskKeys.check(linked, java.util.Set.of(new TaskKey("ACME-1"))))
                .isInstanceOfSatisfying(UnknownTaskKeys.class, e -> {
                    assertThat(e.kind()).isEqualTo(org.clientportal.domain.shared.ErrorKind.UNPROCESSABLE);
                    assertThat(e.code()).isEqualTo("project.unknown-task-keys");
                    assertThat(e.details()).containsEntry("taskKeys", List.of("ACME-9", "WEB-1"));
                    assertThat(e.getMessage()).contains("ACME-9, WEB-1");
                });
        UnknownTaskKeys.check(linked.subList(0, 1), java.util.Set.of(new TaskKey("ACME-1")));
    }

    @Test
    void aPlanWithARepeatedKey_isRefused() {
        Project project = TestProjects.aPlannedProject();
        assertThatThrownBy(() -> project.withMilestones(List.of(milestone("a"), milestone("a")), later))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("appears more than once");
    }

    @Test
    void completingAnUnknownMilestone_isNotFound() {
        Project project = TestProjects.aPlannedProject().withMilestones(List.of(milestone("a")), later);
        assertThatThrownBy(() -> project.completeMilestone(new MilestoneKey("zzz"), later))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void completingTwice_changesNothingTheSecondTime() {
        Project once = TestProjects.aPlannedProject().withMilestones(List.of(milestone("a")), later)
                .completeMilestone(new MilestoneKey("a"), later);
        assertThat(once.completeMilestone(new MilestoneKey("a"), later.plusSeconds(9))).isSameAs(once);
    }

    @Test
    void givenAClosedProject_milestonesCannotChange() {
        Project cancelled = TestProjects.inStatus(ProjectStatus.CANCELLED);
        assertThatThrownBy(() -> cancelled.withMilestones(List.of(milestone("a")), later))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(((RuleViolated) e).code()).isEqualTo("project.closed"));
    }

    @Test
    void givenAnOpenMilestone_completingTheProject_isRefused() {
        Project inReview = TestProjects.inStatus(ProjectStatus.IN_REVIEW).withMilestones(List.of(milestone("a")), later);
        assertThatThrownBy(() -> inReview.transitionTo(ProjectStatus.COMPLETED, later))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(((RuleViolated) e).code()).isEqualTo("project.open-milestones"));

        Project allDone = inReview.completeMilestone(new MilestoneKey("a"), later);
        assertThat(allDone.transitionTo(ProjectStatus.COMPLETED, later).status()).isEqualTo(ProjectStatus.COMPLETED);
    }
}
