package org.clientportal.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.fixtures.TestProjects;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.project.UnknownTaskKeys;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

class ProjectUseCasesTest {

    private final TestAgency agency = new TestAgency();

    private static String codeOf(Throwable e) {
        return ((RuleViolated) e).code();
    }

    @Test
    void aNewProject_isPlanned_forAnExistingClientOfTheTenant() {
        Client client = agency.client("Acme");
        Project project = agency.features.projects.createProject().execute(agency.owner, new CreateProjectCommand(
                client.id().toString(), new ProjectInput("Relaunch", "New site", "2026-02-01", "2026-03-31")));

        assertThat(project.status()).isEqualTo(ProjectStatus.PLANNED);
        assertThat(project.clientId()).isEqualTo(client.id());
        assertThat(project.details().dueDate()).map(Object::toString).contains("2026-03-31");
    }

    @Test
    void aProjectForAMalformedClientId_isAValidationError() {
        assertThatThrownBy(() -> agency.features.projects.createProject().execute(agency.owner, new CreateProjectCommand(
                "not-an-id", new ProjectInput("X", null, null, null))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("clientId: must be a client id");
    }

    @Test
    void aProjectForAnUnknownClient_isNotFound() {
        assertThatThrownBy(() -> agency.features.projects.createProject().execute(agency.owner, new CreateProjectCommand(
                "00000000-0000-7000-8000-000000000999", new ProjectInput("X", null, null, null))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void datesOutOfOrderOrMalformed_areRefused() {
        Client client = agency.client("Acme");
        assertThatThrownBy(() -> agency.features.projects.createProject().execute(agency.owner, new CreateProjectCommand(
                client.id().toString(), new ProjectInput("X", null, "2026-05-01", "2026-04-01"))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("dueDate: must not be before startDate");
        assertThatThrownBy(() -> agency.features.projects.createProject().execute(agency.owner, new CreateProjectCommand(
                client.id().toString(), new ProjectInput("X", null, "31/12/2026", null))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("startDate");
    }

    @Test
    void givenALeadClient_activatingItsProject_isRefused() {
        Project project = agency.project(agency.client("Lead"), "Pitch");
        assertThatThrownBy(() -> agency.move(project, "active"))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("project.client-not-engaged"));
    }

    @Test
    void givenAnOnboardingClient_itsProjectGoesActive() {
        Project project = agency.project(agency.clientIn("onboarding"), "Setup");
        assertThat(agency.move(project, "active").status()).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void givenAnOffboardedClient_noNewProject() {
        Client gone = agency.clientIn("offboarded");
        assertThatThrownBy(() -> agency.project(gone, "More"))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("project.client-offboarded"));
    }

    @Test
    void givenAnActiveProject_pausingTheClientIsRefused_untilTheProjectIsOnHold() {
        Client client = agency.clientIn("onboarding", "active");
        Project active = agency.move(agency.project(client, "Site"), "active");
        var pause = new TransitionCommand("paused", null, Optional.empty());

        assertThatThrownBy(() -> agency.features.clients.transitionClient().execute(agency.owner, client.id().toString(), pause))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("client.has-active-projects"));

        agency.move(active, "on_hold");
        assertThat(agency.features.clients.transitionClient().execute(agency.owner, client.id().toString(), pause).status().name())
                .isEqualTo("PAUSED");
    }

    @Test
    void milestones_areReplacedInOrder_completed_andAudited() {
        Project project = agency.project(agency.client("Acme"), "Site");
        Task logo = agency.task(project, "Logo");
        Task copy = agency.task(project, "Copy");
        Project planned = agency.features.projects.replaceMilestones().execute(agency.owner, project.id().toString(), List.of(
                new MilestoneInput("design", "Design signed off", List.of(logo.key().value(), copy.key().value()),
                        "2026-02-01", null),
                new MilestoneInput("launch", "Launch", List.of(), null, null)), Optional.of(project.version()));
        Project done = agency.features.projects.completeMilestone().execute(agency.owner, project.id().toString(), "design");

        assertThat(done.milestones()).extracting(m -> m.key().value()).containsExactly("design", "launch");
        assertThat(done.milestones().get(0).taskKeys()).containsExactly(logo.key(), copy.key());
        assertThat(done.milestones().get(0).completedAt()).contains(agency.fakes.clock.now());
        assertThat(planned.version()).isEqualTo(project.version() + 1);
        assertThat(agency.fakes.auditTrail.all()).extracting(e -> e.action())
                .contains("project.milestones-replaced", "project.milestone-completed");
    }

    @Test
    void aPlanLinkingKeysOfNoTaskOrOfAnotherProjectsTask_isUnprocessable_namingEachKey_andChangesNothing() {
        Client client = agency.client("Acme");
        Project project = agency.project(client, "Site");
        Task mine = agency.task(project, "Mine");
        Task elsewhere = agency.task(agency.project(client, "App"), "Another project's");

        assertThatThrownBy(() -> agency.features.projects.replaceMilestones().execute(agency.owner,
                project.id().toString(), List.of(new MilestoneInput("design", "Design",
                        List.of(mine.key().value(), "ACME-99", elsewhere.key().value()), null, null)), Optional.empty()))
                .isInstanceOfSatisfying(UnknownTaskKeys.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
                    assertThat(e.details()).containsEntry("taskKeys", List.of("ACME-99", elsewhere.key().value()));
                });
        assertThat(agency.features.projects.getProject().execute(agency.owner, project.id().toString()).milestones())
                .isEmpty();
    }

    @Test
    void aKeyOfAnotherAgencysTask_isUnknownHere() {
        TestAgency other = new TestAgency(agency.fakes);
        Task theirs = other.task(other.project(other.client("Acme"), "Site"), "Theirs");
        Project mine = agency.project(agency.client("Acme"), "Site");

        assertThatThrownBy(() -> agency.features.projects.replaceMilestones().execute(agency.owner,
                mine.id().toString(), List.of(new MilestoneInput("m", "M", List.of(theirs.key().value()), null, null)),
                Optional.empty())).isInstanceOf(UnknownTaskKeys.class);
    }

    @Test
    void theMilestoneRead_showsEachLinkedTasksStatus_andIsReadyWhenAllAreDone() {
        Project project = agency.project(agency.client("Acme"), "Site");
        Task logo = agency.task(project, "Logo");
        Task copy = agency.task(project, "Copy");
        agency.features.projects.replaceMilestones().execute(agency.owner, project.id().toString(), List.of(
                new MilestoneInput("design", "Design", List.of(logo.key().value(), copy.key().value()), null, null),
                new MilestoneInput("launch", "Launch", List.of(), null, null)), Optional.empty());
        agency.move(logo, "done");
        agency.move(copy, "in_progress");

        MilestonesView before = agency.features.projects.getMilestones().execute(agency.owner, project.id().toString());
        agency.move(agency.features.tasks.getTask().execute(agency.owner, copy.key().value()).task(), "done");
        MilestonesView after = agency.features.projects.getMilestones().execute(agency.owner, project.id().toString());

        MilestoneProgress design = before.milestones().get(0);
        assertThat(design.tasks()).containsExactly(
                new MilestoneProgress.LinkedTask(logo.key(), Optional.of(TaskStatus.DONE)),
                new MilestoneProgress.LinkedTask(copy.key(), Optional.of(TaskStatus.IN_PROGRESS)));
        assertThat(design.ready()).isFalse();
        assertThat(after.milestones().get(0).ready()).isTrue();
        assertThat(before.milestones().get(1).ready()).as("links no task").isTrue();
        assertThat(after.project().version()).isEqualTo(before.project().version());
    }

    @Test
    void aKeyLinkedBeforeKeysHadToNameTasks_showsNoStatus_andKeepsItsMilestoneFromBeingReady() {
        Project project = agency.project(agency.client("Acme"), "Site");
        agency.fakes.transactions.inTenant(project.tenantId(), () -> {
            agency.fakes.projects.update(project.withMilestones(List.of(TestProjects.milestone("old", "ACME-7")),
                    agency.fakes.clock.now()), project.version());
            return null;
        });

        MilestoneProgress old = agency.features.projects.getMilestones().execute(agency.owner, project.id().toString())
                .milestones().get(0);

        assertThat(old.tasks()).containsExactly(new MilestoneProgress.LinkedTask(new TaskKey("ACME-7"), Optional.empty()));
        assertThat(old.ready()).isFalse();
    }

    @Test
    void theMilestonesOfAnotherAgencysProject_areNotFound() {
        TestAgency other = new TestAgency(agency.fakes);
        Project theirs = other.project(other.client("Theirs"), "Secret");

        assertThatThrownBy(() -> agency.features.projects.getMilestones().execute(agency.owner, theirs.id().toString()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aPlanWithBadFields_namesThemByPosition() {
        Project project = agency.project(agency.client("Acme"), "Site");
        assertThatThrownBy(() -> agency.features.projects.replaceMilestones().execute(agency.owner, project.id().toString(),
                List.of(new MilestoneInput("ok", "Fine", List.of(), null, null),
                        new MilestoneInput("Bad Key", "", List.of("nope"), "soon", null)), Optional.empty()))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("milestones[1].key")
                .hasMessageContaining("milestones[1].title")
                .hasMessageContaining("milestones[1].taskKeys[0]")
                .hasMessageContaining("milestones[1].dueDate");
    }

    @Test
    void completingAnUnknownMilestone_isNotFound() {
        Project project = agency.project(agency.client("Acme"), "Site");
        assertThatThrownBy(() -> agency.features.projects.completeMilestone().execute(agency.owner, project.id().toString(), "nope"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void search_filtersByClientAndStatus() {
        Client a = agency.clientIn("onboarding");
        Client b = agency.client("B");
        agency.move(agency.project(a, "A1"), "active");
        agency.project(a, "A2");
        agency.project(b, "B1");

        var ofA = agency.features.projects.searchProjects().execute(agency.owner, a.id().toString(), List.of(), null,
                PageInput.firstPage());
        var active = agency.features.projects.searchProjects().execute(agency.owner, null, List.of("active"), null, PageInput.firstPage());
        var activeOrPlannedOfB = agency.features.projects.searchProjects().execute(agency.owner, b.id().toString(),
                List.of("active", "planned"), null, PageInput.firstPage());

        assertThat(ofA.items()).extracting(p -> p.details().name()).containsExactly("A2", "A1");
        assertThat(active.items()).extracting(p -> p.details().name()).containsExactly("A1");
        assertThat(activeOrPlannedOfB.items()).extracting(p -> p.details().name()).containsExactly("B1");
        assertThatThrownBy(() -> agency.features.projects.searchProjects().execute(agency.owner, "not-an-id", List.of(), null,
                PageInput.firstPage())).isInstanceOf(ValidationFailed.class).hasMessageContaining("clientId");
    }
}
