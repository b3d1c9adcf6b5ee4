package org.clientportal.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.project.MilestoneInput;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.update.ProjectUpdate;
import org.junit.jupiter.api.Test;

/** What a contact reads of projects and updates: only what is shared with their own client. */
class SharedWithTheClientTest {

    private final TestAgency agency = new TestAgency();
    private final PortalFeature portal = agency.features.portal;
    private final Client acme = agency.client("Acme");
    private final Project shared = agency.share(agency.project(acme, "Shared site"));
    private final Project internal = agency.project(acme, "Internal pitch");
    private final Project otherClients = agency.share(agency.project(agency.client("Globex"), "Globex site"));
    private final Actor ada = agency.signedInContact(acme, "Ada");

    private void post(Project project, String body, String visibility) {
        agency.features.updates.postUpdate().execute(agency.owner,
                new PostUpdateCommand(project.id().toString(), body, visibility));
    }

    @Test
    void sharingAProject_isAuditedAsAnActOfItsOwn() {
        assertThat(shared.isVisibleToClient()).isTrue();
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("project.visibility-changed");
            assertThat(e.entityId()).isEqualTo(shared.id().toString());
        });
    }

    @Test
    void aContact_listsOnlyTheProjectsSharedWithTheirClient() {
        var page = portal.listSharedProjects().execute(ada, PageInput.firstPage());

        assertThat(page.items()).extracting(Project::id).containsExactly(shared.id());
    }

    @Test
    void anInternalProject_orAnotherClients_isNotFound_likeOneThatDoesNotExist() {
        assertThat(portal.getSharedProject().execute(ada, shared.id().toString()).id()).isEqualTo(shared.id());
        for (String id : List.of(internal.id().toString(), otherClients.id().toString(),
                "00000000-0000-7000-8000-000000000001", "not-an-id")) {
            assertThatThrownBy(() -> portal.getSharedProject().execute(ada, id)).as(id).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void ofASharedProject_aContactSeesTheSharedMilestonesOnly() {
        agency.features.projects.replaceMilestones().execute(agency.owner, shared.id().toString(), List.of(
                new MilestoneInput("kickoff", "Kickoff", List.of(), null, "client"),
                new MilestoneInput("margin-review", "Margin review", List.of(), null, null),
                new MilestoneInput("launch", "Launch", List.of(), null, "client")), Optional.empty());

        Project seen = portal.getSharedProject().execute(ada, shared.id().toString());
        Project listed = portal.listSharedProjects().execute(ada, PageInput.firstPage()).items().get(0);

        assertThat(seen.milestones()).extracting(m -> m.key().value()).containsExactly("kickoff", "launch");
        assertThat(listed.milestones()).extracting(m -> m.key().value()).containsExactly("kickoff", "launch");
    }

    @Test
    void aContact_readsOnlyClientVisibleUpdatesOfSharedProjects_newestFirst() {
        post(shared, "For the client", "client");
        post(shared, "Our margin is thin", null);
        post(internal, "Shared, but on an internal project", "client");
        post(otherClients, "For Globex", "client");
        agency.fakes.clock.advance(java.time.Duration.ofMinutes(1));
        post(shared, "Launch next week", "client");

        var all = portal.listSharedUpdates().execute(ada, null, PageInput.firstPage());
        var ofInternal = portal.listSharedUpdates().execute(ada, internal.id().toString(), PageInput.firstPage());

        assertThat(all.items()).extracting(ProjectUpdate::body).containsExactly("Launch next week", "For the client");
        assertThat(ofInternal.items()).isEmpty();
        assertThatThrownBy(() -> portal.listSharedUpdates().execute(ada, "not-an-id", PageInput.firstPage()))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("projectId");
    }

    @Test
    void aContact_listsOnlyClientVisibleTasksOfSharedProjects_filteredByProjectAndStatus() {
        Task shown = agency.task(shared, "Shown", "client");
        agency.task(shared, "Internal", null);
        agency.task(internal, "On an internal project", "client");
        agency.task(otherClients, "Globex's", "client");
        agency.fakes.clock.advance(java.time.Duration.ofMinutes(1));
        Task started = agency.move(agency.task(shared, "Started", "client"), "in_progress");

        var all = portal.listSharedTasks().execute(ada, null, List.of(), PageInput.firstPage());
        var inProgress = portal.listSharedTasks().execute(ada, shared.id().toString(), List.of("in_progress"),
                PageInput.firstPage());
        var ofInternal = portal.listSharedTasks().execute(ada, internal.id().toString(), List.of(),
                PageInput.firstPage());

        assertThat(all.items()).extracting(Task::key).containsExactly(started.key(), shown.key());
        assertThat(inProgress.items()).extracting(Task::key).containsExactly(started.key());
        assertThat(ofInternal.items()).isEmpty();
        assertThatThrownBy(() -> portal.listSharedTasks().execute(ada, "nope", List.of("someday"),
                PageInput.firstPage())).isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("projectId").hasMessageContaining("status");
    }

    @Test
    void anInternalTask_oneOfAnInternalProject_orAnotherClients_isNotFound_likeOneThatDoesNotExist() {
        Task shown = agency.task(shared, "Shown", "client");
        List<String> hidden = List.of(agency.task(shared, "Internal", null).key().value(),
                agency.task(internal, "On an internal project", "client").key().value(),
                agency.task(otherClients, "Globex's", "client").key().value(), "NOPE-1", "not a key");

        assertThat(portal.getSharedTask().execute(ada, shown.key().value()).id()).isEqualTo(shown.id());
        for (String key : hidden) {
            assertThatThrownBy(() -> portal.getSharedTask().execute(ada, key)).as(key).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void anOperator_isNoContact_forThePortalsReads() {
        assertThatThrownBy(() -> portal.listSharedProjects().execute(agency.owner, PageInput.firstPage()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> portal.listSharedUpdates().execute(agency.owner, null, PageInput.firstPage()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> portal.listSharedTasks().execute(agency.owner, null, List.of(), PageInput.firstPage()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> portal.getSharedTask().execute(agency.owner, "ACME-1"))
                .isInstanceOf(AccessDenied.class);
    }
}
