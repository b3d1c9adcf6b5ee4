package org.clientportal.adapters.persistence.search;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.Set;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.client.JooqClientRepository;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchRecords;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.shared.ListScope;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.TenantId;

/**
 * Search latency at 100,000 searchable rows in one tenant, plus 50 clients or (argument {@code 1m})
 * 1,000,000: seeds a database of its own in bulk (server-side multi-row inserts as the admin), then
 * times the agency's and the portal's search through the jOOQ index and the client list with a text
 * through the jOOQ repository, as the runtime role, as the service runs them, and prints p50/p95/p99
 * per kind of query and the plans of a common word. With {@code SEARCH_BENCH_DB} set it reuses (and
 * keeps) that database, seeding it only when empty. Not a test: run it with {@code bash bench/search.sh}
 * (see docs/performance.md).
 */
public final class SearchBenchmark {

    private static final int CLIENTS = 50;
    private static final int MANY_CLIENTS = 1_000_000;
    private static final int PROJECTS = 1_000;
    private static final int TASKS = 59_000;
    private static final int UPDATES = 39_950;
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        TestServer server = TestServer.fromEnvironment();
        int clients = args.length > 0 && args[0].equals("1m") ? MANY_CLIENTS : CLIENTS;
        Optional<String> kept = Optional.ofNullable(System.getenv("SEARCH_BENCH_DB"));
        String database = kept.orElseGet(() -> TestServer.uniqueName("portal_bench_search"));
        TenantId tenant = new TenantId(UUID.fromString("01a20000-0000-7000-8000-000000000001"));
        try (PostgresPersistence persistence = PostgresPersistence.start(server.settings(database).withPoolSize(2),
                new SimpleMeterRegistry())) {
            long seeding = System.nanoTime();
            if (!seeded(server, database)) {
                seed(server, database, tenant, clients);
            }
            System.out.printf("seeded %,d searchable rows in %.1f s%n", clients + PROJECTS + TASKS + UPDATES,
                    (System.nanoTime() - seeding) / 1e9);
            ClientId client = new ClientId(UUID.fromString("01a20000-0000-7000-8000-100000000001"));
            System.out.println("| search | q | hits on the first page | p50 ms | p95 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|");
            time(persistence, tenant, "common word (a fifth of all rows)", "design", Optional.empty());
            time(persistence, tenant, "common word, two words", "design review", Optional.empty());
            time(persistence, tenant, "rare word (8 rows; 108 with a million clients)", "zephyr", Optional.empty());
            time(persistence, tenant, "prefix", "desig", Optional.empty());
            time(persistence, tenant, "accent folded", "muller", Optional.empty());
            time(persistence, tenant, "no match", "nothingmatches", Optional.empty());
            time(persistence, tenant, "portal, common word", "design", Optional.of(client));
            time(persistence, tenant, "portal, rare word", "zephyr", Optional.of(client));
            time(persistence, tenant, "agency, common client word (one client in eight)", "harbor", Optional.empty());
            time(persistence, tenant, "agency, rare client word (4 clients at 1M)", "quokka", Optional.empty());
            System.out.println();
            System.out.println("| client list, 50 a page | q | clients on the first page | p50 ms | p95 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|");
            timeList(persistence, tenant, "common word (one client in eight)", "harbor");
            timeList(persistence, tenant, "prefix", "harb");
            timeList(persistence, tenant, "two words", "harbor design");
            timeList(persistence, tenant, "rare word (4 clients at 1M)", "quokka");
            timeList(persistence, tenant, "no match", "nothingmatches");
            explain(persistence, tenant, "design", Optional.empty());
            explain(persistence, tenant, "harbor", Optional.empty());
            explain(persistence, tenant, "design", Optional.of(client));
            explainList(persistence, tenant, "harbor");
            explainList(persistence, tenant, "quokka");
        } finally {
            if (kept.isEmpty()) {
                server.dropDatabase(database);
            }
        }
    }

    private static boolean seeded(TestServer server, String database) throws SQLException {
        try (Connection admin = server.connect(database); Statement sql = admin.createStatement();
             var rows = sql.executeQuery("select exists (select from portal.tenants)")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /**
     * One agency: 50 clients (or a million: one in eight holds "harbor", one in 250,000 "quokka"), 1,000 projects (every other one shared), 59,000 tasks and 39,950
     * updates (half of them client-visible). One row in five holds "design", one in fifty "Müller",
     * one in ten thousand "zephyr"; the rest are pseudo-words, a few dozen thousand distinct.
     */
    private static void seed(TestServer server, String database, TenantId tenant, int clients) throws SQLException {
        String t = "'" + tenant.value() + "'::uuid";
        String words = "substr(md5(i::text), 1, 7) || ' ' || substr(md5((i * 7)::text), 1, 5) || ' '"
                + " || case when i % 5 = 0 then 'design ' else '' end || case when i % 50 = 0 then 'Müller ' else '' end"
                + " || case when i % 10000 = 0 then 'zephyr ' else '' end || case when i % 3 = 0 then 'review ' else '' end"
                + " || substr(md5((i * 13)::text), 1, 6)";
        try (Connection admin = server.connect(database); Statement sql = admin.createStatement()) {
            sql.execute("insert into portal.tenants (id, name, slug, created_at) values (" + t
                    + ", 'Bench agency', 'bench', now())");
            sql.execute("insert into portal.clients (tenant_id, id, name, email, company, status, source, version,"
                    + " created_at, updated_at, status_changed_at, task_key_prefix)"
                    + " select " + t + ", ('01a20000-0000-7000-8000-1' || lpad(i::text, 11, '0'))::uuid,"
                    + " 'Client ' || " + words + " || case when i % 8 = 0 then ' harbor' else '' end"
                    + " || case when i % 250000 = 0 then ' quokka' else '' end,"
                    + " 'c' || i || '@example.com', 'Company ' || i, 'active', 'manual', 1,"
                    + " now() - make_interval(secs => " + clients + " - i), now(), now(), 'C' || i"
                    + " from generate_series(1, " + clients + ") i");
            sql.execute("insert into portal.projects (tenant_id, id, client_id, name, description, status, visibility,"
                    + " version, created_at, updated_at)"
                    + " select " + t + ", ('01a20000-0000-7000-8000-2' || lpad(i::text, 11, '0'))::uuid,"
                    + " ('01a20000-0000-7000-8000-1' || lpad((1 + i % " + CLIENTS + ")::text, 11, '0'))::uuid,"
                    + " 'Project ' || " + words + ", " + words + ", 'active',"
                    + " case when i % 2 = 0 then 'client' else 'internal' end, 1, now(), now()"
                    + " from generate_series(1, " + PROJECTS + ") i");
            sql.execute("insert into portal.tasks (tenant_id, id, project_id, client_id, key, title, description,"
                    + " priority, visibility, source, status, version, created_at, updated_at)"
                    + " select " + t + ", ('01a20000-0000-7000-8000-3' || lpad(i::text, 11, '0'))::uuid, p.id, p.client_id,"
                    + " 'T' || i || '-1', " + words + ", " + words + " || ' ' || " + words + ", 'normal',"
                    + " case when i % 2 = 0 then 'client' else 'internal' end, 'operator', 'open', 1, now(), now()"
                    + " from generate_series(1, " + TASKS + ") i"
                    + " join portal.projects p on p.id = ('01a20000-0000-7000-8000-2' || lpad((1 + i % " + PROJECTS
                    + ")::text, 11, '0'))::uuid");
            sql.execute("insert into portal.project_updates (tenant_id, id, project_id, client_id, body, visibility,"
                    + " author, author_name, version, created_at, updated_at)"
                    + " select " + t + ", ('01a20000-0000-7000-8000-4' || lpad(i::text, 11, '0'))::uuid, p.id, p.client_id,"
                    + " " + words + " || E'\\n' || " + words + ", case when i % 2 = 0 then 'client' else 'internal' end,"
                    + " 'operator:bench', 'Bench', 1, now(), now()"
                    + " from generate_series(1, " + UPDATES + ") i"
                    + " join portal.projects p on p.id = ('01a20000-0000-7000-8000-2' || lpad((1 + i % " + PROJECTS
                    + ")::text, 11, '0'))::uuid");
            sql.execute("vacuum analyze");
        }
    }

    private static void timeList(PostgresPersistence persistence, TenantId tenant, String label, String text) {
        JooqClientRepository clients = new JooqClientRepository();
        ClientSearch search = new ClientSearch(Set.of(), Optional.of(text));
        printTimed(label, text, () -> persistence.transactions().inTenant(tenant,
                () -> clients.search(tenant, search, firstListPage(tenant)).items().size()));
    }

    private static PageRequest<ClientSort> firstListPage(TenantId tenant) {
        return new PageRequest<>(50, SearchClients.LISTING.defaultSort(),
                ListScope.of(SearchClients.LISTING.name(), tenant, "-createdAt", ""), Optional.empty());
    }

    private static void explainList(PostgresPersistence persistence, TenantId tenant, String text) {
        System.out.println();
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the client list with `" + text + "`:");
        persistence.transactions().inTenant(tenant, () -> CurrentTransaction.dsl()
                .resultQuery("explain (analyze, buffers) {0}", JooqClientRepository.searchQuery(tenant,
                        new ClientSearch(Set.of(), Optional.of(text)), firstListPage(tenant)))
                .fetch(0, String.class)).forEach(System.out::println);
    }

    private static SearchQuery query(String text, Optional<ClientId> client) {
        return new SearchQuery(text, client.isPresent()
                ? EnumSet.of(SearchType.PROJECT, SearchType.TASK, SearchType.UPDATE)
                : EnumSet.allOf(SearchType.class), client);
    }

    private static PageRequest<SearchSort> firstPage(TenantId tenant) {
        return new PageRequest<>(20, Sort.descending(SearchSort.RANK),
                ListScope.of(SearchRecords.LISTING.name(), tenant, "-rank", ""), Optional.empty());
    }

    private static void time(PostgresPersistence persistence, TenantId tenant, String label, String text,
                             Optional<ClientId> client) {
        JooqSearchIndex index = new JooqSearchIndex();
        SearchQuery query = query(text, client);
        printTimed(label, text, () -> client.isPresent()
                ? persistence.transactions().inPortal(new PortalScope(tenant, client.get(), new ContactId(UUID.randomUUID())),
                        () -> index.search(tenant, query, firstPage(tenant)).items().size())
                : persistence.transactions().inTenant(tenant, () -> index.search(tenant, query, firstPage(tenant))
                        .items().size()));
    }

    /** Runs the query WARM_UP + RUNS times and prints one row: what it found, p50, p95, p99 of the timed runs. */
    private static void printTimed(String label, String text, IntSupplier query) {
        List<Double> millis = new ArrayList<>();
        int found = 0;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            found = query.getAsInt();
            if (run >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("| %s | `%s` | %d | %.1f | %.1f | %.1f |%n", label, text, found, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void explain(PostgresPersistence persistence, TenantId tenant, String text, Optional<ClientId> client) {
        System.out.println();
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of `" + text + "`" + (client.isPresent() ? " in the portal" : "")
                + ":");
        var plan = client.isPresent()
                ? persistence.transactions().inPortal(new PortalScope(tenant, client.get(), new ContactId(UUID.randomUUID())),
                        () -> explainInTransaction(tenant, text, client))
                : persistence.transactions().inTenant(tenant, () -> explainInTransaction(tenant, text, client));
        plan.forEach(System.out::println);
    }

    private static List<String> explainInTransaction(TenantId tenant, String text, Optional<ClientId> client) {
        CurrentTransaction.dsl().execute("set local jit = off");
        return CurrentTransaction.dsl().resultQuery("explain (analyze, buffers) {0}",
                JooqSearchIndex.searchQuery(tenant, query(text, client), firstPage(tenant)))
                .fetch(0, String.class);
    }
}
