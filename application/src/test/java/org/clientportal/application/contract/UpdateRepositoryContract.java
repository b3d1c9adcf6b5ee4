package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.application.update.UpdateSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

/** Updates on projects, and the lists the agency and a client's contacts read of them. */
public abstract class UpdateRepositoryContract extends StorageContract {

    private Project project(TenantId tenant, ClientId client, Visibility visibility) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project", Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    private ProjectUpdate post(Project project, String body, Visibility visibility, int minute) {
        ProjectUpdate update = ProjectUpdate.post(new UpdateId(newId()), project.tenantId(), project.id(),
                project.clientId(), body, visibility, "operator:someone", "Olive", at(minute));
        inTenant(project.tenantId(), () -> ports.updates().add(update));
        return update;
    }

    private Page<ProjectUpdate> search(TenantId tenant, UpdateSearch search, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.updates().search(tenant, search,
                page(tenant, Sort.descending(UpdateSort.CREATED_AT), limit, cursor)));
    }

    private static List<String> bodies(List<ProjectUpdate> updates) {
        return updates.stream().map(ProjectUpdate::body).toList();
    }

    @Test
    void aPostedUpdate_isFoundWithEveryField() {
        TenantId tenant = newTenant();
        ProjectUpdate update = post(project(tenant, newClient(tenant), Visibility.INTERNAL), "Line one\nLine two",
                Visibility.INTERNAL, 1);

        assertThat(inTenant(tenant, () -> ports.updates().find(tenant, update.id()))).contains(update);
    }

    @Test
    void anUpdate_isWrittenAtTheExpectedVersionOnly() {
        TenantId tenant = newTenant();
        ProjectUpdate update = post(project(tenant, newClient(tenant), Visibility.CLIENT), "Draft", Visibility.INTERNAL, 1);
        ProjectUpdate shared = update.with("Final", Visibility.CLIENT, at(2));

        inTenant(tenant, () -> ports.updates().update(shared, update.version()));

        assertThat(inTenant(tenant, () -> ports.updates().find(tenant, update.id()))).contains(shared);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.updates().update(
                shared.with("Late", Visibility.INTERNAL, at(3)), update.version())));
    }

    @Test
    void aProjectsUpdates_areListedNewestFirst_inPages_filteredByVisibility() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project project = project(tenant, client, Visibility.CLIENT);
        post(project, "first", Visibility.INTERNAL, 1);
        post(project, "second", Visibility.CLIENT, 2);
        post(project, "third", Visibility.INTERNAL, 3);
        post(project(tenant, client, Visibility.CLIENT), "elsewhere", Visibility.CLIENT, 4);

        assertThat(allPages(c -> search(tenant, UpdateSearch.ofProject(project.id(), Optional.empty()), 2, c))
                .stream().map(UpdateRepositoryContract::bodies).toList())
                .containsExactly(List.of("third", "second"), List.of("first"));
        assertThat(bodies(search(tenant, UpdateSearch.ofProject(project.id(), Optional.of(Visibility.INTERNAL)), 10,
                Optional.empty()).items())).containsExactly("third", "first");
    }

    @Test
    void whatAClientSees_isItsClientVisibleUpdatesOfSharedProjects_only() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Project shared = project(tenant, acme, Visibility.CLIENT);
        Project internal = project(tenant, acme, Visibility.INTERNAL);
        post(shared, "for the client", Visibility.CLIENT, 1);
        post(shared, "our own note", Visibility.INTERNAL, 2);
        post(internal, "shared, on an internal project", Visibility.CLIENT, 3);
        post(project(tenant, newClient(tenant), Visibility.CLIENT), "another client's", Visibility.CLIENT, 4);
        TenantId other = newTenant();
        post(project(other, newClient(other), Visibility.CLIENT), "another agency's", Visibility.CLIENT, 5);

        assertThat(bodies(search(tenant, UpdateSearch.sharedWith(acme, Optional.empty()), 10, Optional.empty())
                .items())).containsExactly("for the client");
        assertThat(bodies(search(tenant, UpdateSearch.sharedWith(acme, Optional.of(internal.id())), 10,
                Optional.empty()).items())).isEmpty();
    }
}
