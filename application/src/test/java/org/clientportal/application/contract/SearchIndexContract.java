package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.search.Snippet;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every search index does alike: words match as prefixes, accents and case folded; a title
 * hit ranks above a body hit; the tenant, the types and a client's view bound what is found; pages
 * follow each other by cursor; no text makes it fail. PostgreSQL's own syntax and ranking are held
 * to more in the jOOQ index's own test.
 */
public abstract class SearchIndexContract extends StorageContract {

    private static final Set<SearchType> ALL = EnumSet.allOf(SearchType.class);

    protected Project project(TenantId tenant, ClientId client, String name, String description, Visibility visibility) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails(name, Optional.ofNullable(description), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    protected Task task(Project project, String title, String description, Visibility visibility) {
        Task task = Task.create(new TaskId(newId()), project.tenantId(), project.id(), project.clientId(),
                new TaskKey(newPrefix().value() + "-1"), new TaskDetails(title, Optional.ofNullable(description),
                        TaskPriority.NORMAL, Optional.empty(), Optional.empty(), visibility), TaskSource.OPERATOR, at(1));
        inTenant(project.tenantId(), () -> ports.tasks().add(task));
        return task;
    }

    protected ProjectUpdate update(Project project, String body, Visibility visibility) {
        ProjectUpdate update = ProjectUpdate.post(new UpdateId(newId()), project.tenantId(), project.id(),
                project.clientId(), body, visibility, "operator:someone", "Olive", at(2));
        inTenant(project.tenantId(), () -> ports.updates().add(update));
        return update;
    }

    protected ClientId client(TenantId tenant, String name, String company) {
        Client client = Client.create(new ClientId(newId()), tenant,
                new ClientProfile(name, Optional.of(new EmailAddress("office@example.com")), Optional.ofNullable(company),
                        Optional.empty()), newPrefix(), ClientSource.MANUAL, Optional.empty(), at(0));
        inTenant(tenant, () -> ports.clients().add(client));
        return client.id();
    }

    protected Page<SearchHit> search(TenantId tenant, String text, Set<SearchType> types, int limit,
                                     Optional<Cursor> cursor) {
        SearchQuery query = new SearchQuery(text, types, Optional.empty());
        return inTenant(tenant, () -> ports.search().search(tenant, query,
                page(tenant, Sort.descending(SearchSort.RANK), limit, cursor)));
    }

    protected List<SearchHit> search(TenantId tenant, String text) {
        return search(tenant, text, ALL, 100, Optional.empty()).items();
    }

    /** As a contact of the client searches: in the portal's transaction, for what the client may see. */
    protected List<SearchHit> searchAsContact(TenantId tenant, ClientId client, String text) {
        SearchQuery query = new SearchQuery(text, ALL, Optional.of(client));
        return ports.transactions().inPortal(new PortalScope(tenant, client, new ContactId(newId())),
                () -> ports.search().search(tenant, query, page(tenant, Sort.descending(SearchSort.RANK), 100,
                        Optional.empty())).items());
    }

    protected static List<UUID> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void aWordInTheTitle_ranksAboveTheSameWordInTheBody() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project inBody = project(tenant, client, "Website", "A fresh logo and colour scheme", Visibility.INTERNAL);
        Project inTitle = project(tenant, client, "Logo", null, Visibility.INTERNAL);
        ProjectUpdate update = update(inBody, "The logo sketches are in", Visibility.INTERNAL);
        Task task = task(inBody, "Logo variants", null, Visibility.INTERNAL);

        List<SearchHit> hits = search(tenant, "logo");

        assertThat(ids(hits)).containsExactlyInAnyOrder(inBody.id().value(), inTitle.id().value(),
                update.id().value(), task.id().value());
        assertThat(hits.get(0).rank()).isGreaterThan(hits.get(hits.size() - 1).rank());
        assertThat(ids(hits).indexOf(inTitle.id().value())).isLessThan(ids(hits).indexOf(inBody.id().value()));
        assertThat(ids(hits).indexOf(task.id().value())).isLessThan(ids(hits).indexOf(update.id().value()));
    }

    @Test
    void theStartOfAWord_findsTheWord_andTheHitSaysWhatItIs() {
        TenantId tenant = newTenant();
        Project project = project(tenant, newClient(tenant), "Design system", "Tokens and components", Visibility.INTERNAL);
        Task task = task(project, "Redesign checkout", "Fewer steps", Visibility.CLIENT);

        List<SearchHit> hits = search(tenant, "desig");

        assertThat(ids(hits)).containsExactly(project.id().value());
        SearchHit hit = hits.get(0);
        assertThat(hit.type()).isEqualTo(SearchType.PROJECT);
        assertThat(hit.title()).isEqualTo("Design system");
        assertThat(hit.key()).isEmpty();
        assertThat(highlighted(hit.snippet())).containsExactly("Design");
        assertThat(search(tenant, "redesig").get(0)).satisfies(found -> {
            assertThat(found.type()).isEqualTo(SearchType.TASK);
            assertThat(found.id()).isEqualTo(task.id().value());
            assertThat(found.key()).contains(task.key().value());
        });
    }

    @Test
    void accentsAndCase_areFolded_bothWays() {
        TenantId tenant = newTenant();
        ClientId mueller = client(tenant, "Anna Müller", "Bäckerei Größe");
        ClientId muller = client(tenant, "Jean MULLER", null);

        assertThat(ids(search(tenant, "muller"))).containsExactlyInAnyOrder(mueller.value(), muller.value());
        assertThat(ids(search(tenant, "MÜL"))).containsExactlyInAnyOrder(mueller.value(), muller.value());
        assertThat(ids(search(tenant, "backerei"))).containsExactly(mueller.value());
    }

    @Test
    void everyWord_mustMatch() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project both = project(tenant, client, "Brand launch", "Press kit", Visibility.INTERNAL);
        project(tenant, client, "Brand refresh", null, Visibility.INTERNAL);

        assertThat(ids(search(tenant, "brand press"))).containsExactly(both.id().value());
    }

    @Test
    void anotherTenantsRecords_areNeverFound() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Project mine = project(tenant, newClient(tenant), "Harbour map", null, Visibility.INTERNAL);
        project(other, newClient(other), "Harbour map", null, Visibility.CLIENT);
        client(other, "Harbour Ltd", null);

        assertThat(ids(search(tenant, "harbour"))).containsExactly(mine.id().value());
    }

    @Test
    void onlyTheTypesAskedFor_areSearched() {
        TenantId tenant = newTenant();
        ClientId client = client(tenant, "Orchid Florists", null);
        Project project = project(tenant, client, "Orchid shop", null, Visibility.INTERNAL);
        Task task = task(project, "Orchid photos", null, Visibility.INTERNAL);

        assertThat(ids(search(tenant, "orchid", EnumSet.of(SearchType.TASK, SearchType.CLIENT), 100, Optional.empty())
                .items())).containsExactlyInAnyOrder(task.id().value(), client.value());
    }

    @Test
    void aContact_findsOnlyTheClientVisibleRecordsOfTheirClient_onSharedProjects() {
        TenantId tenant = newTenant();
        ClientId client = client(tenant, "Kestrel Kitchens", "Kestrel");
        ClientId otherClient = client(tenant, "Kestrel Bakery", null);
        Project shared = project(tenant, client, "Kestrel relaunch", "kestrel", Visibility.CLIENT);
        Project internal = project(tenant, client, "Kestrel pitch", null, Visibility.INTERNAL);
        Project othersShared = project(tenant, otherClient, "Kestrel bakery site", null, Visibility.CLIENT);
        Task visibleTask = task(shared, "Kestrel menu page", null, Visibility.CLIENT);
        task(shared, "Kestrel margin notes", null, Visibility.INTERNAL);
        task(internal, "Kestrel pitch deck", null, Visibility.CLIENT);
        task(othersShared, "Kestrel bakery menu", null, Visibility.CLIENT);
        ProjectUpdate visibleUpdate = update(shared, "Kestrel menu is live", Visibility.CLIENT);
        update(shared, "Kestrel pays late", Visibility.INTERNAL);
        update(internal, "Kestrel pitch went well", Visibility.CLIENT);
        update(othersShared, "Kestrel bakery feedback", Visibility.CLIENT);

        assertThat(ids(searchAsContact(tenant, client, "kestrel"))).containsExactlyInAnyOrder(shared.id().value(),
                visibleTask.id().value(), visibleUpdate.id().value());
        assertThat(search(tenant, "kestrel")).hasSize(13);
    }

    @Test
    void pages_followEachOtherByCursor_inRankOrder_withoutRepeatsOrGaps() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        for (int i = 0; i < 4; i++) {
            project(tenant, client, "Atlas " + i, null, Visibility.INTERNAL);
            project(tenant, client, "Project " + i, "atlas", Visibility.INTERNAL);
        }
        List<SearchHit> all = search(tenant, "atlas");

        List<List<SearchHit>> pages = allPages(cursor -> search(tenant, "atlas", ALL, 3, cursor));

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);
        assertThat(all).extracting(SearchHit::rank).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"unclosed phrase", "'", "''", "&|!():*", "a & b | !c", "(x", "-", "--atlas",
            "or", "or or", "\\", "%_", "日本語", "🎉 emoji", "x:*", "ACME-42", "<b>atlas</b>", "   .,;   ",
            "word:A", "a <-> b", "NOT", "!!!atlas"})
    void anyText_isAnsweredWithAPage_neverAnError(String text) {
        TenantId tenant = newTenant();
        project(tenant, newClient(tenant), "Atlas", null, Visibility.INTERNAL);

        assertThat(search(tenant, text, ALL, 10, Optional.empty()).items()).isNotNull();
    }

    @Test
    void aTextWithNoWordInIt_findsNothing() {
        TenantId tenant = newTenant();
        project(tenant, newClient(tenant), "Atlas", null, Visibility.INTERNAL);

        assertThat(search(tenant, "&|!():*")).isEmpty();
        assertThat(search(tenant, "...")).isEmpty();
    }

    @Test
    void aLongText_ofTheLongestAllowed_isSearched() {
        TenantId tenant = newTenant();
        project(tenant, newClient(tenant), "Atlas", null, Visibility.INTERNAL);

        assertThat(search(tenant, "atlas " + "x".repeat(SearchQuery.TEXT_MAX - 6))).isEmpty();
        assertThat(search(tenant, "atlas ".repeat(SearchQuery.TEXT_MAX / 6))).hasSize(1);
    }

    protected static List<String> highlighted(Snippet snippet) {
        return snippet.parts().stream().filter(Snippet.Part::highlighted).map(Snippet.Part::text).toList();
    }
}
