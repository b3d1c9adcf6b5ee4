package org.clientportal.adapters.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.SearchIndexContract;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.update.ProjectUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract the in-memory fake also passes, on a real PostgreSQL database of this class's own,
 * as the runtime role; and what only PostgreSQL does: the web-search syntax, its ranking, snippets
 * cut around the match, and row-level security under a search that forgets the portal's filter.
 */
class JooqSearchIndexTest extends SearchIndexContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }

    @Test
    void aQuotedPhrase_matchesTheWordsInThatOrder_orJoinsAlternatives_andMinusExcludes() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project ordered = project(tenant, client, "Launch plan", "The spring campaign starts in May", Visibility.INTERNAL);
        Project reversed = project(tenant, client, "Campaign notes", "A campaign for spring", Visibility.INTERNAL);
        Project other = project(tenant, client, "Winter sale", null, Visibility.INTERNAL);

        assertThat(ids(search(tenant, "\"spring campaign\""))).containsExactly(ordered.id().value());
        assertThat(ids(search(tenant, "winter or launch"))).containsExactlyInAnyOrder(ordered.id().value(),
                other.id().value());
        assertThat(ids(search(tenant, "campaign -launch"))).containsExactly(reversed.id().value());
    }

    @Test
    void aWordSeveralTimes_ranksAboveItOnce_andATaskIsFoundByItsKey() {
        TenantId tenant = newTenant();
        Project project = project(tenant, newClient(tenant), "Site", null, Visibility.INTERNAL);
        ProjectUpdate once = update(project, "The banner is ready", Visibility.INTERNAL);
        ProjectUpdate thrice = update(project, "Banner, banner and one more banner", Visibility.INTERNAL);
        Task task = task(project, "Copy", null, Visibility.INTERNAL);

        assertThat(ids(search(tenant, "banner"))).containsExactly(thrice.id().value(), once.id().value());
        assertThat(ids(search(tenant, task.key().value()))).containsExactly(task.id().value());
    }

    @Test
    void theSnippet_isCutAroundTheMatch_andTheRecordsOwnMarkupStaysText() {
        TenantId tenant = newTenant();
        Project project = project(tenant, newClient(tenant), "Site", null, Visibility.INTERNAL);
        String filler = "word ".repeat(80);
        update(project, filler + "the <mark>«harbour»</mark> photo " + filler, Visibility.INTERNAL);

        SearchHit hit = search(tenant, "harbour").get(0);

        assertThat(highlighted(hit.snippet())).containsExactly("harbour");
        String text = String.join("", hit.snippet().parts().stream().map(p -> p.text()).toList());
        assertThat(text).contains("«").contains("»").contains("photo").hasSizeLessThan(300);
        assertThat(hit.title()).hasSize(SearchHit.TITLE_MAX);
    }

    /**
     * Row-level security on its own: a search that asks for every type and leaves out the client's
     * view, run in a contact's transaction, still finds only what the contact may see — their own
     * client's record aside, which its policy admits to them. (Taken for the agency's, it starts from
     * the words table, which admits the agency audience only, so it finds nothing at all.)
     */
    @Test
    void inAContactsTransaction_aSearchThatForgetsTheFilter_findsNothingInternalNorAnotherClients() {
        TenantId tenant = newTenant();
        ClientId client = client(tenant, "Heron Labs", null);
        ClientId other = client(tenant, "Heron Other", null);
        Project shared = project(tenant, client, "Heron site", null, Visibility.CLIENT);
        Project internal = project(tenant, client, "Heron pitch", null, Visibility.INTERNAL);
        Task visible = task(shared, "Heron logo", null, Visibility.CLIENT);
        task(shared, "Heron margin", null, Visibility.INTERNAL);
        task(internal, "Heron deck", null, Visibility.CLIENT);
        ProjectUpdate visibleUpdate = update(shared, "Heron is live", Visibility.CLIENT);
        update(shared, "Heron pays late", Visibility.INTERNAL);
        update(internal, "Heron pitch went well", Visibility.CLIENT);
        project(tenant, other, "Heron other site", null, Visibility.CLIENT);

        SearchQuery forgetful = new SearchQuery("heron", EnumSet.allOf(SearchType.class), Optional.empty());
        List<SearchHit> hits = ports.transactions().inPortal(new PortalScope(tenant, client, new ContactId(newId())),
                () -> ports.search().search(tenant, forgetful, page(tenant, Sort.descending(SearchSort.RANK), 100,
                        Optional.empty())).items());

        assertThat(ids(hits)).isSubsetOf(client.value(), shared.id().value(), visible.id().value(),
                visibleUpdate.id().value());
    }
}
