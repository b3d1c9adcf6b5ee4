package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class ClientRepositoryContract extends StorageContract {

    @Test
    void addedClient_isFoundWithEveryField() {
        TenantId tenant = newTenant();
        Client full = Client.create(new ClientId(newId()), tenant,
                new ClientProfile("Acme Ltd", Optional.of(new EmailAddress("hello@acme.test")), Optional.of("Acme Group"),
                        Optional.of("+44 20 7946 0000")),
                newPrefix(), ClientSource.INTAKE, Optional.of("We need a new website"), at(0));
        Client bare = client(tenant, "Bare Bones");

        inTenant(tenant, () -> List.of(full, bare).forEach(ports.clients()::add));

        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, full.id())).orElseThrow(), full);
        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, bare.id())).orElseThrow(), bare);
    }

    @Test
    void anotherTenantsClient_isNeitherFoundNorLocked() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Client stranger = client(theirs, "Their Client");
        inTenant(theirs, () -> ports.clients().add(stranger));

        assertThat(inTenant(mine, () -> ports.clients().find(mine, stranger.id()))).isEmpty();
        assertThat(inTenant(mine, () -> ports.clients().lock(mine, stranger.id()))).isEmpty();
    }

    @Test
    void aClient_isFoundByItsTaskKeyPrefix_inItsTenantOnly() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Client client = client(mine, "Acme");
        inTenant(mine, () -> ports.clients().add(client));

        assertSameState(inTenant(mine, () -> ports.clients().findByTaskKeyPrefix(mine, client.taskKeyPrefix()))
                .orElseThrow(), client);
        assertThat(inTenant(theirs, () -> ports.clients().findByTaskKeyPrefix(theirs, client.taskKeyPrefix())))
                .isEmpty();
        assertThat(inTenant(mine, () -> ports.clients().findByTaskKeyPrefix(mine, newPrefix()))).isEmpty();
    }

    @Test
    void lock_returnsTheClient() {
        TenantId tenant = newTenant();
        Client client = client(tenant, "Acme");
        inTenant(tenant, () -> ports.clients().add(client));

        assertSameState(inTenant(tenant, () -> ports.clients().lock(tenant, client.id())).orElseThrow(), client);
    }

    @Test
    void update_atTheExpectedVersion_storesTheNewState() {
        TenantId tenant = newTenant();
        Client lead = client(tenant, "Acme");
        inTenant(tenant, () -> ports.clients().add(lead));
        Client onboarding = lead.transitionTo(ClientStatus.ONBOARDING, at(10))
                .withProfile(new ClientProfile("Acme Ltd", Optional.empty(), Optional.of("Acme"), Optional.empty()),
                        newPrefix(), at(11));

        inTenant(tenant, () -> ports.clients().update(onboarding, lead.version()));

        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, lead.id())).orElseThrow(), onboarding);
    }

    @Test
    void update_atAStaleVersion_isAConcurrentModification_andChangesNothing() {
        TenantId tenant = newTenant();
        Client lead = client(tenant, "Acme");
        inTenant(tenant, () -> ports.clients().add(lead));
        Client onboarding = lead.transitionTo(ClientStatus.ONBOARDING, at(10));
        inTenant(tenant, () -> ports.clients().update(onboarding, lead.version()));

        ConcurrentModification conflict = thrownBy(ConcurrentModification.class, () -> inTenant(tenant,
                () -> ports.clients().update(lead.transitionTo(ClientStatus.OFFBOARDED, at(12)), lead.version())));

        assertThat(conflict.details()).containsEntry("entity", "client").containsEntry("id", lead.id().toString());
        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, lead.id())).orElseThrow(), onboarding);
    }

    @Test
    void aTakenTaskKeyPrefix_isRefusedOnAddAndOnUpdate_butOnlyWithinTheTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Client acme = client(tenant, "Acme");
        Client globex = client(tenant, "Globex");
        inTenant(tenant, () -> List.of(acme, globex).forEach(ports.clients()::add));
        Client copycat = Client.create(new ClientId(newId()), tenant, acme.profile(), acme.taskKeyPrefix(),
                ClientSource.MANUAL, Optional.empty(), at(1));

        AlreadyExists onAdd = thrownBy(AlreadyExists.class, () -> inTenant(tenant, () -> ports.clients().add(copycat)));
        AlreadyExists onUpdate = thrownBy(AlreadyExists.class, () -> inTenant(tenant, () -> ports.clients().update(
                globex.withProfile(globex.profile(), acme.taskKeyPrefix(), at(2)), globex.version())));
        inTenant(other, () -> ports.clients().add(Client.create(new ClientId(newId()), other, acme.profile(),
                acme.taskKeyPrefix(), ClientSource.MANUAL, Optional.empty(), at(1))));

        assertThat(onAdd.code()).isEqualTo("client.task-key-prefix-taken");
        assertThat(onUpdate.code()).isEqualTo("client.task-key-prefix-taken");
        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, globex.id())).orElseThrow(), globex);
        assertThat(inTenant(tenant, () -> ports.clients().find(tenant, copycat.id()))).isEmpty();
    }

    @Test
    void aRefusedPrefix_storesNothing_andLeavesTheTransactionUsableForAnotherOne() {
        TenantId tenant = newTenant();
        Client acme = client(tenant, "Acme");
        inTenant(tenant, () -> ports.clients().add(acme));
        Client copycat = Client.create(new ClientId(newId()), tenant, acme.profile(), acme.taskKeyPrefix(),
                ClientSource.MANUAL, Optional.empty(), at(1));
        Client renamed = Client.create(copycat.id(), tenant, acme.profile(), newPrefix(), ClientSource.MANUAL,
                Optional.empty(), at(1));

        String refused = inTenant(tenant, () -> {
            AlreadyExists refusal = thrownBy(AlreadyExists.class, () -> ports.clients().add(copycat));
            ports.clients().add(renamed);
            return refusal.code();
        });

        assertThat(refused).isEqualTo("client.task-key-prefix-taken");
        assertSameState(inTenant(tenant, () -> ports.clients().find(tenant, copycat.id())).orElseThrow(), renamed);
    }

    @Test
    void search_listsNewestFirst_inPagesLinkedByCursors() {
        TenantId tenant = newTenant();
        List<Client> added = addClients(tenant, "One", "Two", "Three", "Four", "Five");

        Page<Client> first = search(tenant, ClientSearch.all(), 2, Optional.empty());
        Page<Client> second = search(tenant, ClientSearch.all(), 2, first.next());
        Page<Client> last = search(tenant, ClientSearch.all(), 2, second.next());

        assertThat(names(first)).containsExactly("Five", "Four");
        assertThat(names(second)).containsExactly("Three", "Two");
        assertThat(names(last)).containsExactly("One");
        assertThat(last.next()).isEmpty();
        assertThat(first.next().map(Cursor::position))
                .contains(new Position(new SortValue.Time(at(0)), added.get(3).id().value()));
    }

    @Test
    void search_aFullLastPage_hasNoNextCursor() {
        TenantId tenant = newTenant();
        addClients(tenant, "One", "Two");

        Page<Client> page = search(tenant, ClientSearch.all(), 2, Optional.empty());

        assertThat(names(page)).containsExactly("Two", "One");
        assertThat(page.next()).isEmpty();
    }

    @Test
    void search_cursor_survivesNewerClientsArriving() {
        TenantId tenant = newTenant();
        addClients(tenant, "One", "Two", "Three");
        Page<Client> first = search(tenant, ClientSearch.all(), 2, Optional.empty());

        addClients(tenant, "Four");
        Page<Client> second = search(tenant, ClientSearch.all(), 2, first.next());

        assertThat(names(second)).containsExactly("One");
    }

    @Test
    void search_byName_foldsOnlyAToZ_thenOrdersByCodePoint_tiesById_inBothDirections() {
        TenantId tenant = newTenant();
        // Only A-Z fold: "É" (U+00C9) stays before "é" (U+00E9), so "Émile" precedes "élan". U+FB00 sorts
        // before U+1F600 by code point (and in UTF-8), though not in Java's UTF-16 order.
        addClients(tenant, "beta", "Alpha", "\uD83D\uDE00 Smile", "alpha", "\u00C9mile", "zulu", "\uFB00 Ligature",
                "Zeta", "\u00E9lan");
        List<String> ascending = List.of("Alpha", "alpha", "beta", "Zeta", "zulu", "\u00C9mile", "\u00E9lan",
                "\uFB00 Ligature", "\uD83D\uDE00 Smile");

        List<List<String>> up = allPages(c -> search(tenant, ClientSearch.all(), Sort.ascending(ClientSort.NAME), 3, c))
                .stream().map(ClientRepositoryContract::namesOf).toList();
        List<List<String>> down = allPages(c -> search(tenant, ClientSearch.all(), Sort.descending(ClientSort.NAME), 4, c))
                .stream().map(ClientRepositoryContract::namesOf).toList();

        assertThat(up).containsExactly(ascending.subList(0, 3), ascending.subList(3, 6), ascending.subList(6, 9));
        assertThat(down.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(reversed(ascending));
        assertThat(down).extracting(List::size).containsExactly(4, 4, 1);
    }

    @Test
    void search_byUpdatedAt_pagesInBothDirections_tiesById() {
        TenantId tenant = newTenant();
        List<Client> added = addClients(tenant, "Touched last", "Untouched", "Touched first", "Also untouched");
        inTenant(tenant, () -> {
            touch(added.get(0), 30);
            touch(added.get(2), 20);
        });

        List<Client> up = allPages(c -> search(tenant, ClientSearch.all(), Sort.ascending(ClientSort.UPDATED_AT), 2, c))
                .stream().flatMap(List::stream).toList();
        List<Client> down = allPages(c -> search(tenant, ClientSearch.all(), Sort.descending(ClientSort.UPDATED_AT), 3, c))
                .stream().flatMap(List::stream).toList();

        assertThat(up).extracting(c -> c.profile().name())
                .containsExactly("Untouched", "Also untouched", "Touched first", "Touched last");
        assertThat(down).extracting(c -> c.profile().name())
                .containsExactly("Touched last", "Touched first", "Also untouched", "Untouched");
    }

    @Test
    void search_byName_cursorSurvivesInsertsOnEitherSideOfIt_andKeepsTheFilters() {
        TenantId tenant = newTenant();
        addClients(tenant, "Bravo Ops", "Delta", "Foxtrot Ops", "Hotel Ops");
        ClientSearch withOps = new ClientSearch(Set.of(), Optional.of("ops"));
        Page<Client> first = search(tenant, withOps, Sort.ascending(ClientSort.NAME), 2, Optional.empty());

        addClients(tenant, "Alpha Ops", "Echo Ops", "Golf Ops", "Kilo Ops", "Lima");
        Page<Client> second = search(tenant, withOps, Sort.ascending(ClientSort.NAME), 2, first.next());
        Page<Client> third = search(tenant, withOps, Sort.ascending(ClientSort.NAME), 2, second.next());

        assertThat(names(first)).containsExactly("Bravo Ops", "Foxtrot Ops");
        assertThat(names(second)).containsExactly("Golf Ops", "Hotel Ops");
        assertThat(names(third)).containsExactly("Kilo Ops");
        assertThat(third.next()).isEmpty();
    }

    @Test
    void search_byStatus_listsOnlyThatStatus() {
        TenantId tenant = newTenant();
        List<Client> added = addClients(tenant, "Lead", "Onboarding");
        inTenant(tenant, () -> ports.clients()
                .update(added.get(1).transitionTo(ClientStatus.ONBOARDING, at(5)), added.get(1).version()));

        Page<Client> onboarding = search(tenant,
                new ClientSearch(Set.of(ClientStatus.ONBOARDING), Optional.empty()), 10, Optional.empty());
        Page<Client> leads = search(tenant,
                new ClientSearch(Set.of(ClientStatus.LEAD), Optional.empty()), 10, Optional.empty());

        assertThat(names(onboarding)).containsExactly("Onboarding");
        assertThat(names(leads)).containsExactly("Lead");
    }

    @Test
    void search_bySeveralStatuses_listsClientsInAnyOfThem() {
        TenantId tenant = newTenant();
        List<Client> added = addClients(tenant, "Lead Design", "Onboarding Design", "Offboarded Design");
        inTenant(tenant, () -> {
            ports.clients().update(added.get(1).transitionTo(ClientStatus.ONBOARDING, at(5)), added.get(1).version());
            ports.clients().update(added.get(2).transitionTo(ClientStatus.OFFBOARDED, at(5)), added.get(2).version());
        });

        Page<Client> found = search(tenant,
                new ClientSearch(Set.of(ClientStatus.LEAD, ClientStatus.ONBOARDING), Optional.of("DES")), 10,
                Optional.empty());
        Page<Client> none = search(tenant,
                new ClientSearch(Set.of(ClientStatus.ACTIVE, ClientStatus.PAUSED), Optional.empty()), 10,
                Optional.empty());

        assertThat(names(found)).containsExactly("Onboarding Design", "Lead Design");
        assertThat(names(none)).isEmpty();
    }

    @Test
    void search_byText_matchesNameEmailOrCompany_ignoringCase() {
        TenantId tenant = newTenant();
        inTenant(tenant, () -> {
            ports.clients().add(client(tenant, "Northwind", Optional.empty(), Optional.empty()));
            ports.clients().add(client(tenant, "Mail Match", Optional.of("boss@northwind.test"), Optional.empty()));
            ports.clients().add(client(tenant, "Company Match", Optional.empty(), Optional.of("NORTHWIND Holdings")));
            ports.clients().add(client(tenant, "Unrelated", Optional.of("x@y.test"), Optional.of("Contoso")));
        });

        Page<Client> found = search(tenant, text("NorthWind"), 10, Optional.empty());

        assertThat(names(found)).containsExactly("Company Match", "Mail Match", "Northwind");
    }

    @Test
    void search_byText_findsTheStartsOfWords_andPunctuationIsNoWildcard() {
        TenantId tenant = newTenant();
        addClients(tenant, "100% Design", "10 Percent", "snake_case", "snakecase", "back\\slash", "backslash",
                "Harbor", "Arbor Day");

        assertThat(names(search(tenant, text("100%"), 10, Optional.empty()))).containsExactly("100% Design");
        assertThat(names(search(tenant, text("snake_c"), 10, Optional.empty()))).containsExactly("snake_case");
        assertThat(names(search(tenant, text("back\\sl"), 10, Optional.empty()))).containsExactly("back\\slash");
        assertThat(names(search(tenant, text("arbor"), 10, Optional.empty()))).containsExactly("Arbor Day");
        assertThat(names(search(tenant, text("%_"), 10, Optional.empty()))).isEmpty();
    }

    @Test
    void search_seesOnlyItsOwnTenant() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        addClients(mine, "Mine");
        addClients(theirs, "Theirs");

        assertThat(names(search(mine, ClientSearch.all(), 10, Optional.empty()))).containsExactly("Mine");
    }

    private List<Client> addClients(TenantId tenant, String... names) {
        List<Client> added = new ArrayList<>();
        for (String name : names) {
            Client client = client(tenant, name);
            inTenant(tenant, () -> ports.clients().add(client));
            added.add(client);
        }
        return added;
    }

    /** In the list's default order, newest first. */
    private Page<Client> search(TenantId tenant, ClientSearch search, int limit, Optional<Cursor> cursor) {
        return search(tenant, search, Sort.descending(ClientSort.CREATED_AT), limit, cursor);
    }

    private Page<Client> search(TenantId tenant, ClientSearch search, Sort<ClientSort> sort, int limit,
                                Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.clients().search(tenant, search, page(tenant, sort, limit, cursor)));
    }

    /** A change of name at {@code minutes}, so the client's updatedAt is then. */
    private void touch(Client client, int minutes) {
        ports.clients().update(client.withProfile(new ClientProfile(client.profile().name(), Optional.empty(),
                Optional.of("Changed"), Optional.empty()), client.taskKeyPrefix(), at(minutes)), client.version());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static ClientSearch text(String text) {
        return new ClientSearch(Set.of(), Optional.of(text));
    }

    private static List<String> namesOf(List<Client> items) {
        return items.stream().map(c -> c.profile().name()).toList();
    }

    private static List<String> names(Page<Client> page) {
        return page.items().stream().map(c -> c.profile().name()).toList();
    }

    private static Client client(TenantId tenant, String name) {
        return client(tenant, name, Optional.empty(), Optional.empty());
    }

    private static Client client(TenantId tenant, String name, Optional<String> email, Optional<String> company) {
        return Client.create(new ClientId(newId()), tenant,
                new ClientProfile(name, email.map(EmailAddress::new), company, Optional.empty()), newPrefix(),
                ClientSource.MANUAL, Optional.empty(), at(0));
    }
}
