package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 6 of the issue: lists of clients and projects, filtered, searched and paged by cursor. */
class ListingAndSearchE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    /** For checks that need no list of their own; the others register an agency each, so lists start empty. */
    private static Agency shared;

    @BeforeAll
    static void registerSharedAgency() {
        shared = PORTAL.newAgency();
    }

    @Test
    void searchingClients_matchesNameEmailAndCompanyIgnoringCase_andFiltersByStatus() {
        Agency agency = PORTAL.newAgency();
        agency.owner().post("/api/v1/clients", Map.of("name", "Northwind Traders")).expect(201);
        agency.owner().post("/api/v1/clients", Map.of("name", "Someone", "email", "buyer@NORTHWIND.test")).expect(201);
        String byCompany = agency.owner().post("/api/v1/clients", Map.of("name", "Third", "company", "northWind Ltd"))
                .expect(201).json().path("id").asText();
        agency.client("Unrelated");
        agency.move("clients", byCompany, "onboarding");

        assertThat(names(agency.owner(), "/api/v1/clients?q=NorthWind"))
                .containsExactly("Third", "Someone", "Northwind Traders");
        assertThat(names(agency.owner(), "/api/v1/clients?q=northwind&status=lead"))
                .containsExactly("Someone", "Northwind Traders");
        assertThat(names(agency.owner(), "/api/v1/clients?status=onboarding")).containsExactly("Third");
        assertThat(names(agency.owner(), "/api/v1/clients?q=" + encode("100% nothing_"))).isEmpty();
    }

    @Test
    void pagingThroughClients_returnsEachOnceNewestFirst_andEndsWithANullCursor() {
        Agency agency = PORTAL.newAgency();
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(0, agency.client("Client " + i).path("id").asText());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = agency.owner().get("/api/v1/clients?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200).json();
            page.path("items").forEach(item -> seen.add(item.path("id").asText()));
            assertThat(page.has("nextCursor")).isTrue();
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aFullLastPage_stillEndsWithANullCursor() {
        Agency agency = PORTAL.newAgency();
        agency.client("One");
        agency.client("Two");

        JsonNode page = agency.owner().get("/api/v1/clients?limit=2").expect(200).json();

        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aCursor_survivesInsertsMadeWhilePaging() {
        Agency agency = PORTAL.newAgency();
        for (int i = 1; i <= 4; i++) {
            agency.client("Old " + i);
        }
        JsonNode first = agency.owner().get("/api/v1/clients?limit=2").expect(200).json();

        agency.client("Newcomer");
        JsonNode second = agency.owner().get("/api/v1/clients?limit=2&cursor=" + first.path("nextCursor").asText())
                .expect(200).json();

        assertThat(first.path("items").findValuesAsText("name")).containsExactly("Old 4", "Old 3");
        assertThat(second.path("items").findValuesAsText("name")).containsExactly("Old 2", "Old 1");
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "limit=-1", "limit=99999999999999999999", "cursor=garbage", "cursor=djE6bm90LWEtdXVpZA",
            "status=vanished", "status=LEADS"})
    void aBadListParameter_is400NamingIt(String query) {
        JsonNode problem = shared.owner().get("/api/v1/clients?" + query).expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(query.substring(0, query.indexOf('=')));
    }

    @Test
    void limitsOf1And100_areAccepted() {
        shared.client("Only");

        shared.owner().get("/api/v1/clients?limit=1").expect(200);
        shared.owner().get("/api/v1/clients?limit=100").expect(200);
    }

    @Test
    void listingProjects_filtersByClientAndStatus_andPagesByCursor() {
        Agency agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String globex = agency.client("Globex", "onboarding").path("id").asText();
        agency.project(acme, "Acme site", "active");
        agency.project(acme, "Acme SEO");
        agency.project(acme, "Acme app");
        agency.project(globex, "Globex audit", "active");

        assertThat(projectNames(agency.owner(), "/api/v1/projects?clientId=" + acme))
                .containsExactly("Acme app", "Acme SEO", "Acme site");
        assertThat(projectNames(agency.owner(), "/api/v1/projects?status=active"))
                .containsExactly("Globex audit", "Acme site");
        assertThat(projectNames(agency.owner(), "/api/v1/projects?clientId=" + acme + "&status=planned"))
                .containsExactly("Acme app", "Acme SEO");
        JsonNode first = agency.owner().get("/api/v1/projects?limit=3").expect(200).json();
        JsonNode rest = agency.owner().get("/api/v1/projects?limit=3&cursor=" + first.path("nextCursor").asText())
                .expect(200).json();
        assertThat(rest.path("items").findValuesAsText("name")).containsExactly("Acme site");
        assertThat(rest.path("nextCursor").isNull()).isTrue();
        agency.owner().get("/api/v1/projects?status=archived").expectProblem(400, "validation");
        agency.owner().get("/api/v1/projects?clientId=not-an-id").expectProblem(400, "validation");
        agency.owner().get("/api/v1/projects?limit=500").expectProblem(400, "validation");
    }

    @Test
    void aRepeatedStatus_listsClientsAndProjectsInAnyOfThoseStatuses() {
        Agency agency = PORTAL.newAgency();
        agency.client("A lead");
        String onboarding = agency.client("Onboarding", "onboarding").path("id").asText();
        agency.client("Once gone", "offboarded");
        agency.project(onboarding, "Planned");
        agency.project(onboarding, "Running", "active");
        agency.project(onboarding, "Dropped", "cancelled");

        assertThat(names(agency.owner(), "/api/v1/clients?status=lead&status=onboarding"))
                .containsExactly("Onboarding", "A lead");
        assertThat(names(agency.owner(), "/api/v1/clients?status=onboarding&q=on&status=offboarded"))
                .containsExactly("Once gone", "Onboarding");
        assertThat(projectNames(agency.owner(), "/api/v1/projects?status=planned&status=active&clientId=" + onboarding))
                .containsExactly("Running", "Planned");
        JsonNode bad = agency.owner().get("/api/v1/clients?status=lead&status=vanished").expectProblem(400, "validation");
        assertThat(bad.path("errors").findValuesAsText("field")).containsExactly("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clients?limit=1&limit=2", "/api/v1/clients?q=a&q=b", "/api/v1/projects?clientId=x&clientId=y",
            "/api/v1/audit-events?cursor=a&cursor=b", "/api/v1/audit-events?entityType=client&entityType=project"})
    void anyOtherRepeatedParameter_is400NamingIt_ratherThanTakingTheFirst(String path) {
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));

        JsonNode problem = shared.owner().get(path).expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(name);
        assertThat(problem.path("errors").findValuesAsText("message").get(0)).contains("2 times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clients?order=name", "/api/v1/clients?Status=lead", "/api/v1/projects?q=site",
            "/api/v1/audit-events?action=client.created", "/api/v1/operators?role=admin", "/api/v1/api-keys?role=admin"})
    void anUnknownQueryParameter_is400NamingIt_ratherThanIgnoringIt(String path) {
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));

        JsonNode problem = shared.owner().get(path).expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(name);
        assertThat(problem.path("errors").findValuesAsText("message").get(0)).contains("not a parameter");
    }

    @Test
    void anUnknownParameter_namesWhatTheListTakes() {
        JsonNode problem = shared.owner().get("/api/v1/clients?page=2&limit=5").expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("message"))
                .containsExactly("is not a parameter of this route, which takes cursor, limit, q, sort, status");
    }

    private static List<String> names(ApiClient client, String path) {
        return client.get(path).expect(200).json().path("items").findValuesAsText("name");
    }

    private static List<String> projectNames(ApiClient client, String path) {
        return names(client, path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
