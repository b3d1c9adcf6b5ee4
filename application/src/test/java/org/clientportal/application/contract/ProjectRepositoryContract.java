package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

public abstract class ProjectRepositoryContract extends StorageContract {

    @Test
    void addedProject_isFoundWithItsMilestonesInOrder() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project project = project(tenant, client, "Website")
                .withMilestones(List.of(milestone("kickoff", "ACME-1", "ACME-2"), milestone("design"),
                        milestone("launch", "ACME-9")), at(1))
                .completeMilestone(new MilestoneKey("kickoff"), at(2));

        inTenant(tenant, () -> ports.projects().add(project));

        Project found = inTenant(tenant, () -> ports.projects().find(tenant, project.id())).orElseThrow();
        assertSameState(found, project);
        assertThat(found.milestones()).extracting(m -> m.key().value()).containsExactly("kickoff", "design", "launch");
    }

    @Test
    void projectWithoutMilestonesOrOptionalDetails_isFoundAsStored() {
        TenantId tenant = newTenant();
        Project project = Project.create(new ProjectId(newId()), tenant, newClient(tenant),
                new ProjectDetails("Bare", Optional.empty(), Optional.empty(), Optional.empty()), at(0));

        inTenant(tenant, () -> ports.projects().add(project));

        assertSameState(inTenant(tenant, () -> ports.projects().find(tenant, project.id())).orElseThrow(), project);
    }

    @Test
    void anotherTenantsProject_isNotFound() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Project stranger = project(theirs, newClient(theirs), "Theirs");
        inTenant(theirs, () -> ports.projects().add(stranger));

        assertThat(inTenant(mine, () -> ports.projects().find(mine, stranger.id()))).isEmpty();
    }

    @Test
    void update_replacesTheMilestones_inTheNewOrder() {
        TenantId tenant = newTenant();
        Project planned = project(tenant, newClient(tenant), "Website")
                .withMilestones(List.of(milestone("kickoff"), milestone("design"), milestone("launch")), at(1))
                .completeMilestone(new MilestoneKey("kickoff"), at(2));
        inTenant(tenant, () -> ports.projects().add(planned));
        Project replanned = planned
                .withMilestones(List.of(milestone("launch", "ACME-3"), milestone("kickoff"), milestone("qa")), at(3))
                .transitionTo(ProjectStatus.ACTIVE, at(4));

        inTenant(tenant, () -> ports.projects().update(replanned, planned.version()));

        Project found = inTenant(tenant, () -> ports.projects().find(tenant, planned.id())).orElseThrow();
        assertSameState(found, replanned);
        assertThat(found.milestones()).extracting(m -> m.key().value()).containsExactly("launch", "kickoff", "qa");
        assertThat(found.milestone(new MilestoneKey("kickoff")).orElseThrow().completedAt()).contains(at(2));
    }

    @Test
    void update_atAStaleVersion_isAConcurrentModification_andChangesNothing() {
        TenantId tenant = newTenant();
        Project planned = project(tenant, newClient(tenant), "Website");
        inTenant(tenant, () -> ports.projects().add(planned));
        Project active = planned.transitionTo(ProjectStatus.ACTIVE, at(1));
        inTenant(tenant, () -> ports.projects().update(active, planned.version()));

        ConcurrentModification conflict = thrownBy(ConcurrentModification.class, () -> inTenant(tenant,
                () -> ports.projects().update(planned.withMilestones(List.of(milestone("late")), at(2)),
                        planned.version())));

        assertThat(conflict.details()).containsEntry("entity", "project").containsEntry("id", planned.id().toString());
        assertSameState(inTenant(tenant, () -> ports.projects().find(tenant, planned.id())).orElseThrow(), active);
    }

    @Test
    void search_listsNewestFirst_inPages_withMilestones() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        List<Project> added = List.of(project(tenant, client, "One"),
                project(tenant, client, "Two").withMilestones(List.of(milestone("b"), milestone("a")), at(1)),
                project(tenant, client, "Three").withMilestones(List.of(milestone("x")), at(1)));
        inTenant(tenant, () -> added.forEach(ports.projects()::add));

        Page<Project> first = search(tenant, ProjectSearch.all(), 2, Optional.empty());
        Page<Project> second = search(tenant, ProjectSearch.all(), 2, first.next());

        assertThat(names(first)).containsExactly("Three", "Two");
        assertSameState(first.items(), List.of(added.get(2), added.get(1)));
        assertThat(names(second)).containsExactly("One");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void search_byDueDate_putsProjectsWithoutOneLast_inBothDirections_acrossPages() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        List<Project> added = List.of(due(tenant, client, "March", "2026-03-01"), due(tenant, client, "None", null),
                due(tenant, client, "January", "2026-01-15"), due(tenant, client, "None either", null),
                due(tenant, client, "March too", "2026-03-01"));
        inTenant(tenant, () -> added.forEach(ports.projects()::add));

        List<List<String>> up = allPages(c -> search(tenant, ProjectSearch.all(), Sort.ascending(ProjectSort.DUE_DATE), 2, c))
                .stream().map(ProjectRepositoryContract::namesOf).toList();
        List<List<String>> down = allPages(c -> search(tenant, ProjectSearch.all(), Sort.descending(ProjectSort.DUE_DATE), 2, c))
                .stream().map(ProjectRepositoryContract::namesOf).toList();

        assertThat(up).containsExactly(List.of("January", "March"), List.of("March too", "None"), List.of("None either"));
        assertThat(down).containsExactly(List.of("March too", "March"), List.of("January", "None either"), List.of("None"));
    }

    @Test
    void search_byNameOrCreatedAt_withFilters() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Project website = project(tenant, acme, "website");
        Project app = project(tenant, acme, "App");
        Project audit = Project.create(new ProjectId(newId()), tenant, acme,
                new ProjectDetails("Audit", Optional.empty(), Optional.empty(), Optional.empty()), at(-5));
        inTenant(tenant, () -> List.of(website, app, audit, project(tenant, newClient(tenant), "Another client's"))
                .forEach(ports.projects()::add));
        ProjectSearch ofAcme = new ProjectSearch(Optional.of(acme), Set.of(), Optional.empty());

        assertThat(allPages(c -> search(tenant, ofAcme, Sort.ascending(ProjectSort.NAME), 2, c)).stream()
                .flatMap(List::stream).map(p -> p.details().name())).containsExactly("App", "Audit", "website");
        assertThat(allPages(c -> search(tenant, ofAcme, Sort.ascending(ProjectSort.CREATED_AT), 1, c)).stream()
                .flatMap(List::stream).map(p -> p.details().name())).containsExactly("Audit", "website", "App");
    }

    @Test
    void search_byClientAndStatus() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        ClientId globex = newClient(tenant);
        Project acmePlanned = project(tenant, acme, "Acme planned");
        Project acmeActive = project(tenant, acme, "Acme active");
        Project globexActive = project(tenant, globex, "Globex active");
        inTenant(tenant, () -> {
            List.of(acmePlanned, acmeActive, globexActive).forEach(ports.projects()::add);
            ports.projects().update(acmeActive.transitionTo(ProjectStatus.ACTIVE, at(1)), acmeActive.version());
            ports.projects().update(globexActive.transitionTo(ProjectStatus.ACTIVE, at(1)), globexActive.version());
        });

        assertThat(names(search(tenant, new ProjectSearch(Optional.of(acme), Set.of(), Optional.empty()), 10, Optional.empty())))
                .containsExactly("Acme active", "Acme planned");
        assertThat(names(search(tenant, new ProjectSearch(Optional.empty(), Set.of(ProjectStatus.ACTIVE), Optional.empty()), 10,
                Optional.empty()))).containsExactly("Globex active", "Acme active");
        assertThat(names(search(tenant, new ProjectSearch(Optional.of(acme), Set.of(ProjectStatus.ACTIVE), Optional.empty()), 10,
                Optional.empty()))).containsExactly("Acme active");
    }

    @Test
    void search_bySeveralStatuses_listsProjectsInAnyOfThem() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Project planned = project(tenant, acme, "Planned");
        Project active = project(tenant, acme, "Active");
        Project cancelled = project(tenant, acme, "Cancelled");
        inTenant(tenant, () -> {
            List.of(planned, active, cancelled).forEach(ports.projects()::add);
            ports.projects().update(active.transitionTo(ProjectStatus.ACTIVE, at(1)), active.version());
            ports.projects().update(cancelled.transitionTo(ProjectStatus.CANCELLED, at(1)), cancelled.version());
        });

        assertThat(names(search(tenant, new ProjectSearch(Optional.empty(),
                Set.of(ProjectStatus.PLANNED, ProjectStatus.ACTIVE), Optional.empty()), 10, Optional.empty())))
                .containsExactly("Active", "Planned");
        assertThat(names(search(tenant, new ProjectSearch(Optional.of(acme),
                Set.of(ProjectStatus.CANCELLED, ProjectStatus.COMPLETED), Optional.empty()), 10, Optional.empty())))
                .containsExactly("Cancelled");
    }

    @Test
    void search_seesOnlyItsOwnTenant() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        inTenant(mine, () -> ports.projects().add(project(mine, newClient(mine), "Mine")));
        inTenant(theirs, () -> ports.projects().add(project(theirs, newClient(theirs), "Theirs")));

        assertThat(names(search(mine, ProjectSearch.all(), 10, Optional.empty()))).containsExactly("Mine");
    }

    @Test
    void statusesOfClient_holdOneEntryPerProjectOfThatClient() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project planned = project(tenant, client, "Planned");
        Project active = project(tenant, client, "Active");
        inTenant(tenant, () -> {
            List.of(planned, active, project(tenant, newClient(tenant), "Other client")).forEach(ports.projects()::add);
            ports.projects().update(active.transitionTo(ProjectStatus.ACTIVE, at(1)), active.version());
        });

        assertThat(inTenant(tenant, () -> ports.projects().statusesOfClient(tenant, client)))
                .containsExactlyInAnyOrder(ProjectStatus.PLANNED, ProjectStatus.ACTIVE);
    }

    @Test
    void aProjectsVisibility_andItsMilestones_areStored_andFilterTheList() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Milestone sharedStep = new Milestone(new MilestoneKey("launch"), "Launch", List.of(), Optional.empty(),
                Visibility.CLIENT, Optional.empty());
        Project shared = project(tenant, acme, "Shared").withVisibility(Visibility.CLIENT, at(1))
                .withMilestones(List.of(milestone("internal-review"), sharedStep), at(1));
        Project internal = project(tenant, acme, "Internal");
        Project otherClients = project(tenant, newClient(tenant), "Other client's").withVisibility(Visibility.CLIENT, at(1));
        inTenant(tenant, () -> List.of(shared, internal, otherClients).forEach(ports.projects()::add));

        assertSameState(inTenant(tenant, () -> ports.projects().find(tenant, shared.id())).orElseThrow(), shared);
        assertThat(inTenant(tenant, () -> ports.projects().sharedAmong(tenant,
                List.of(shared.id(), internal.id(), otherClients.id(), new ProjectId(newId())))))
                .containsExactlyInAnyOrder(shared.id(), otherClients.id());
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.projects().sharedAmong(other, List.of(shared.id())))).isEmpty();
        assertThat(inTenant(tenant, () -> ports.projects().sharedAmong(tenant, List.of()))).isEmpty();
        assertThat(names(search(tenant, ProjectSearch.sharedWith(acme), 10, Optional.empty()))).containsExactly("Shared");
        assertThat(names(search(tenant, new ProjectSearch(Optional.empty(), Set.of(), Optional.of(Visibility.INTERNAL)),
                10, Optional.empty()))).containsExactly("Internal");
    }

    /** In the list's default order, newest first. */
    private Page<Project> search(TenantId tenant, ProjectSearch search, int limit, Optional<Cursor> cursor) {
        return search(tenant, search, Sort.descending(ProjectSort.CREATED_AT), limit, cursor);
    }

    private Page<Project> search(TenantId tenant, ProjectSearch search, Sort<ProjectSort> sort, int limit,
                                 Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.projects().search(tenant, search, page(tenant, sort, limit, cursor)));
    }

    private static Project due(TenantId tenant, ClientId client, String name, String dueDate) {
        return Project.create(new ProjectId(newId()), tenant, client, new ProjectDetails(name, Optional.empty(),
                Optional.empty(), Optional.ofNullable(dueDate).map(LocalDate::parse)), at(0));
    }

    private static List<String> namesOf(List<Project> items) {
        return items.stream().map(p -> p.details().name()).toList();
    }

    private static List<String> names(Page<Project> page) {
        return page.items().stream().map(p -> p.details().name()).toList();
    }

    protected static Project project(TenantId tenant, ClientId client, String name) {
        return Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails(name, Optional.of("About " + name), Optional.of(LocalDate.of(2026, 2, 1)),
                        Optional.of(LocalDate.of(2026, 6, 30))), at(0));
    }

    protected static Milestone milestone(String key, String... taskKeys) {
        return new Milestone(new MilestoneKey(key), "Milestone " + key,
                Arrays.stream(taskKeys).map(TaskKey::new).toList(), Optional.of(LocalDate.of(2026, 3, 1)),
                Visibility.INTERNAL, Optional.empty());
    }
}
