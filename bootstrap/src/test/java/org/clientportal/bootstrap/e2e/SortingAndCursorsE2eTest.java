package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists sorted by one field either way, paged by keyset cursors in every order; operators and API
 * keys paged like every other list; and a cursor good only for the list, filters, order and agency
 * it was issued for.
 */
class SortingAndCursorsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency shared;

    @BeforeAll
    static void registerSharedAgency() {
        shared = PORTAL.newAgency();
        shared.client("Someone");
    }

    @Test
    void clientsByName_pageInThatOrder_ignoringTheCaseOfAToZ_andBackwards() {
        Agency agency = PORTAL.newAgency();
        for (String name : List.of("delta", "Alpha", "\u00C9mile", "charlie", "Bravo")) {
            agency.client(name);
        }

        List<List<String>> up = pages(agency.owner(), "/api/v1/clients?sort=name&limit=2", item -> item.path("name").asText());
        List<List<String>> down = pages(agency.owner(), "/api/v1/clients?sort=-name&limit=3", item -> item.path("name").asText());

        assertThat(up).containsExactly(List.of("Alpha", "Bravo"), List.of("charlie", "delta"), List.of("\u00C9mile"));
        assertThat(down).containsExactly(List.of("\u00C9mile", "delta", "charlie"), List.of("Bravo", "Alpha"));
    }

    @Test
    void clientsByLastChange_putTheOneJustEditedFirst_withTheDefaultStillNewestFirst() {
        Agency agency = PORTAL.newAgency();
        String first = agency.client("First").path("id").asText();
        agency.client("Second");
        agency.client("Third");
        agency.owner().patch("/api/v1/clients/" + first, Map.of("company", "Edited")).expect(200);

        assertThat(flat(pages(agency.owner(), "/api/v1/clients?sort=-updatedAt&limit=2", item -> item.path("name").asText())))
                .containsExactly("First", "Third", "Second");
        assertThat(flat(pages(agency.owner(), "/api/v1/clients?limit=2", item -> item.path("name").asText())))
                .containsExactly("Third", "Second", "First");
        assertThat(flat(pages(agency.owner(), "/api/v1/clients?sort=createdAt&limit=1", item -> item.path("name").asText())))
                .containsExactly("First", "Second", "Third");
    }

    @Test
    void projectsByDueDate_putThoseWithoutOneLast_inBothDirections() {
        Agency agency = PORTAL.newAgency();
        String client = agency.client("Acme").path("id").asText();
        project(agency, client, "Launch", "2026-06-30");
        project(agency, client, "Someday", null);
        project(agency, client, "Kickoff", "2026-01-15");
        project(agency, client, "Whenever", null);

        assertThat(flat(pages(agency.owner(), "/api/v1/projects?sort=dueDate&limit=3", item -> item.path("name").asText())))
                .containsExactly("Kickoff", "Launch", "Someday", "Whenever");
        assertThat(flat(pages(agency.owner(), "/api/v1/projects?sort=-dueDate&limit=1&clientId=" + client,
                item -> item.path("name").asText()))).containsExactly("Launch", "Kickoff", "Whenever", "Someday");
    }

    @Test
    void theAuditTrail_readsOldestFirst_withSortAt() {
        Agency agency = PORTAL.newAgency();
        agency.client("Acme");

        List<String> actions = flat(pages(agency.owner(), "/api/v1/audit-events?sort=at&limit=1",
                item -> item.path("action").asText()));

        assertThat(actions).startsWith("tenant.registered").endsWith("client.created");
    }

    @Test
    void operators_pageWithLimitAndCursor_byNameByDefault_orByCreation() {
        Agency agency = PORTAL.newAgency();
        List<String> added = new ArrayList<>();
        for (String name : List.of("zed", "Bea", "amy", "Cy")) {
            added.add(agency.owner().post("/api/v1/operators", Map.of("email", name.toLowerCase() + "@" + agency.slug()
                    + ".test", "name", name, "role", "member", "password", Agency.PASSWORD)).expect(201).json()
                    .path("id").asText());
        }

        List<List<String>> byName = pages(agency.owner(), "/api/v1/operators?limit=2", item -> item.path("name").asText());
        List<String> newestFirst = flat(pages(agency.owner(), "/api/v1/operators?sort=-createdAt&limit=3",
                item -> item.path("id").asText()));

        assertThat(byName).hasSize(3).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(2));
        assertThat(flat(byName)).hasSize(5).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase()))
                .containsSubsequence("amy", "Bea", "Cy", "zed");
        assertThat(newestFirst).containsExactly(added.get(3), added.get(2), added.get(1), added.get(0), agency.ownerId());
        agency.owner().get("/api/v1/operators?limit=101").expectProblem(400, "validation");
    }

    @Test
    void apiKeys_pageWithLimitAndCursor_newestFirstByDefault_orByName() {
        Agency agency = PORTAL.newAgency();
        for (String name : List.of("deploys", "Backups", "crm sync")) {
            agency.owner().post("/api/v1/api-keys", Map.of("name", name)).expect(201);
        }

        List<List<String>> newestFirst = pages(agency.owner(), "/api/v1/api-keys?limit=2", item -> item.path("name").asText());
        List<List<String>> byName = pages(agency.owner(), "/api/v1/api-keys?sort=name&limit=1", item -> item.path("name").asText());

        assertThat(newestFirst).containsExactly(List.of("crm sync", "Backups"), List.of("deploys"));
        assertThat(byName).containsExactly(List.of("Backups"), List.of("crm sync"), List.of("deploys"));
        agency.owner().get("/api/v1/api-keys?limit=0").expectProblem(400, "validation");
    }

    @Test
    void aCursor_isRefusedUnderAnotherOrder_otherFilters_anotherList_orByAnotherAgency() {
        Agency agency = PORTAL.newAgency();
        for (String name : List.of("One", "Two", "Three")) {
            agency.client(name);
        }
        String byName = agency.owner().get("/api/v1/clients?sort=name&limit=1").expect(200).json().path("nextCursor").asText();
        String leads = agency.owner().get("/api/v1/clients?status=lead&limit=1").expect(200).json().path("nextCursor").asText();

        agency.owner().get("/api/v1/clients?sort=name&limit=1&cursor=" + byName).expect(200);
        agency.owner().get("/api/v1/clients?limit=1&status=lead&cursor=" + leads).expect(200);
        assertThat(cursorRefusal(agency.owner(), "/api/v1/clients?sort=-name&cursor=" + byName))
                .startsWith("was issued for sort=name, not sort=-name");
        assertThat(cursorRefusal(agency.owner(), "/api/v1/clients?cursor=" + byName))
                .startsWith("was issued for sort=name, not sort=-createdAt");
        assertThat(cursorRefusal(agency.owner(), "/api/v1/clients?cursor=" + leads))
                .startsWith("was issued for other filters");
        assertThat(cursorRefusal(agency.owner(), "/api/v1/clients?status=lead&q=o&cursor=" + leads))
                .startsWith("was issued for other filters");
        assertThat(cursorRefusal(agency.owner(), "/api/v1/projects?cursor=" + leads))
                .isEqualTo("belongs to the list of clients, not to this one (projects)");
        assertThat(cursorRefusal(agency.owner(), "/api/v1/operators?cursor=" + byName))
                .isEqualTo("belongs to the list of clients, not to this one (operators)");
        assertThat(cursorRefusal(shared.owner(), "/api/v1/clients?status=lead&cursor=" + leads))
                .isEqualTo("was issued to another agency");
        assertThat(cursorRefusal(shared.apiKey("admin"), "/api/v1/clients?sort=name&cursor=" + byName))
                .isEqualTo("was issued to another agency");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/clients?sort=email          | name, -name, createdAt, -createdAt, updatedAt, -updatedAt",
            "/api/v1/projects?sort=%2Bname       | name, -name, createdAt, -createdAt, updatedAt, -updatedAt, dueDate, -dueDate",
            "/api/v1/audit-events?sort=createdAt | at, -at",
            "/api/v1/operators?sort=role         | name, -name, createdAt, -createdAt",
            "/api/v1/api-keys?sort=--createdAt   | createdAt, -createdAt, name, -name"})
    void anUnknownSort_is400NamingTheOrdersTheListTakes(String path, String allowed) {
        JsonNode problem = shared.owner().get(path).expectProblem(400, "validation");

        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("sort");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("must be one of " + allowed);
    }

    @Test
    void sortGivenTwice_is400() {
        JsonNode problem = shared.owner().get("/api/v1/clients?sort=name&sort=-name").expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("sort");
    }

    private static String cursorRefusal(ApiClient caller, String path) {
        JsonNode problem = caller.get(path).expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("cursor");
        return problem.path("errors").get(0).path("message").asText();
    }

    private static void project(Agency agency, String clientId, String name, String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("name", name);
        body.put("dueDate", dueDate);
        agency.owner().post("/api/v1/projects", body).expect(201);
    }

    /** Every page from the first, following nextCursor until it is null. */
    private static <T> List<List<T>> pages(ApiClient caller, String firstPage, Function<JsonNode, T> view) {
        List<List<T>> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = caller.get(firstPage + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            List<T> items = new ArrayList<>();
            page.path("items").forEach(item -> items.add(view.apply(item)));
            pages.add(items);
            assertThat(page.has("nextCursor")).isTrue();
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null && pages.size() < 50);
        return pages;
    }

    private static <T> List<T> flat(List<List<T>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }
}
