package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * Over HTTP, on PostgreSQL: an operator searches the whole agency, by prefix and without accents;
 * a contact searches only what is shared with their client; strange texts are answered, never 5xx.
 */
class SearchE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static ApiClient contact;
    private static String client;
    private static String shared;
    private static String visibleTask;

    @BeforeAll
    static void anAgencyWithSharedAndInternalRecords() {
        agency = PORTAL.newAgency();
        client = agency.client("Bäckerei Müller", "onboarding").path("id").asText();
        shared = agency.project(client, "Design system").path("id").asText();
        String internal = agency.project(client, "Design pitch").path("id").asText();
        String other = agency.client("Design Others", "onboarding").path("id").asText();
        agency.project(other, "Design for others").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + shared, Map.of("visibility", "client")).expect(200);
        visibleTask = agency.owner().post("/api/v1/tasks", Map.of("projectId", shared, "title", "Design tokens",
                "visibility", "client")).expect(201).json().path("key").asText();
        agency.owner().post("/api/v1/tasks", Map.of("projectId", shared, "title", "Design margin")).expect(201);
        agency.owner().post("/api/v1/projects/" + shared + "/updates", Map.of("body", "Designs approved",
                "visibility", "client")).expect(201);
        agency.owner().post("/api/v1/projects/" + internal + "/updates", Map.of("body", "Design pitch notes",
                "visibility", "client")).expect(201);
        contact = agency.owner().openPortal(agency.portalLink(agency.contact(client, "Ada Buyer").path("id").asText()));
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anOperator_findsEveryRecordOfTheAgency_byTheStartOfAWord_titlesFirst() {
        JsonNode page = agency.owner().get("/api/v1/search?q=desig").expect(200).json();

        assertThat(page.path("items")).hasSize(8);
        assertThat(page.path("items").get(0).path("rank").floatValue())
                .isGreaterThan(page.path("items").get(7).path("rank").floatValue());
        assertThat(page.path("items")).extracting(h -> h.path("type").asText())
                .containsOnly("client", "project", "task", "update");
        JsonNode task = agency.owner().get("/api/v1/search?q=tokens&types=task").expect(200).json().path("items").get(0);
        assertThat(task.path("key").asText()).isEqualTo(visibleTask);
        assertThat(task.path("snippet")).anySatisfy(part -> {
            assertThat(part.path("text").asText()).isEqualTo("tokens");
            assertThat(part.path("highlighted").asBoolean()).isTrue();
        });
    }

    @Test
    void accents_areIgnored() {
        JsonNode hit = agency.owner().get("/api/v1/search?q=muller").expect(200).json().path("items").get(0);

        assertThat(hit.path("id").asText()).isEqualTo(client);
        assertThat(hit.path("title").asText()).isEqualTo("Bäckerei Müller");
    }

    @Test
    void pages_followByCursor_boundToTheirSearch() {
        JsonNode first = agency.owner().get("/api/v1/search?q=desig&limit=5").expect(200).json();
        String cursor = first.path("nextCursor").asText();

        JsonNode second = agency.owner().get("/api/v1/search?q=desig&limit=5&cursor=" + cursor).expect(200).json();
        assertThat(second.path("items")).hasSize(3);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        agency.owner().get("/api/v1/search?q=design&limit=5&cursor=" + cursor).expectProblem(400, "validation");
        agency.owner().get("/api/v1/clients?cursor=" + cursor).expectProblem(400, "validation");
    }

    @Test
    void aContact_findsOnlyTheSharedProject_andItsClientVisibleTaskAndUpdate() {
        JsonNode page = contact.get("/portal/api/v1/search?q=design").expect(200).json();

        assertThat(page.path("items")).extracting(h -> h.path("type").asText() + ":" + h.path("title").asText())
                .containsExactlyInAnyOrder("project:Design system", "task:Design tokens", "update:Designs approved");
        contact.get("/portal/api/v1/search?q=muller&types=client").expectProblem(400, "validation");
        assertThat(contact.get("/portal/api/v1/search?q=muller").expect(200).json().path("items")).isEmpty();
    }

    @Test
    void aMissingOrOverlongText_isA400NamingQ() {
        for (String bad : List.of("", "q=", "q=%20%20", "q=" + "x".repeat(201), "q=a%01b")) {
            JsonNode problem = agency.owner().get("/api/v1/search?" + bad).expectProblem(400, "validation");
            assertThat(problem.path("errors").get(0).path("field").asText()).as(bad).isEqualTo("q");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "&|!():*", "a & !b", "(((", "-", "or", "\\", "日本語", "🎉", "x:*",
            "<script>alert(1)</script>", "…", "%", "'; drop table portal.clients; --"})
    void anyText_isAnsweredWithAPage(String text) {
        agency.owner().get("/api/v1/search?q=" + query(text)).expect(200);
        contact.get("/portal/api/v1/search?q=" + query(text)).expect(200);
    }
}
