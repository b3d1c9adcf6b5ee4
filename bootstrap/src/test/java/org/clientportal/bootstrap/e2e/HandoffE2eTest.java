package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over HTTP, on PostgreSQL: a client's handoff summary, as JSON and as Markdown, from its records. */
class HandoffE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Agency agency;
    private String acme;
    private String site;
    private String request;

    @BeforeEach
    void aClientWithSomethingOfEverything() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme *Corp* | #1", "onboarding").path("id").asText();
        site = agency.project(acme, "Website", "active").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        agency.project(acme, "Old site", "cancelled");
        String task = agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", "Copy",
                "dueDate", TODAY.plusDays(3).toString())).expect(201).json().path("key").asText();
        agency.owner().put("/api/v1/projects/" + site + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "beta", "title", "Beta", "taskKeys", List.of(task), "dueDate",
                        TODAY.plusDays(5).toString(), "visibility", "client")))).expect(200);
        ApiClient ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada", "request")
                .path("id").asText()));
        request = ada.post("/portal/api/v1/requests", Map.of("kind", "task", "title", "Pricing page",
                "projectId", site)).expect(201).json().path("key").asText();
        ada.post("/portal/api/v1/requests", Map.of("kind", "question", "title", "Invoice?")).expect(201);
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Margins are thin here"))
                .expect(201);
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Beta is live",
                "visibility", "client")).expect(201);
        agency.owner().post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 10,
                "startsOn", TODAY.toString())).expect(201);
    }

    @Test
    void theSummary_holdsEverythingANewOwnerNeeds_asJson() {
        JsonNode handoff = agency.operator("viewer").get("/api/v1/clients/" + acme + "/handoff").expect(200).json();

        assertThat(handoff.path("client").path("status").asText()).isEqualTo("onboarding");
        assertThat(handoff.path("history").findValuesAsText("action")).contains("client.created",
                "client.transitioned");
        assertThat(handoff.path("contacts").findValuesAsText("name")).containsExactly("Ada");
        assertThat(handoff.path("projects").findValuesAsText("name")).containsExactly("Website");
        assertThat(handoff.path("projects").get(0).path("nextMilestones").findValuesAsText("key"))
                .containsExactly("beta");
        JsonNode tasks = handoff.path("openTasks");
        assertThat(tasks.findValuesAsText("title")).containsExactlyInAnyOrder("Copy", "Pricing page");
        for (JsonNode t : tasks) {
            assertThat(t.path("sla").isNull()).isEqualTo(!t.path("key").asText().equals(request));
        }
        assertThat(handoff.path("openAsks").findValuesAsText("title")).containsExactly("Invoice?");
        assertThat(handoff.path("openAsks").get(0).path("sla").path("state").asText()).isEqualTo("on_track");
        assertThat(handoff.path("recentUpdates").findValuesAsText("visibility")).containsExactly("client", "internal");
        assertThat(handoff.path("capacity").path("budgets")).hasSize(1);
    }

    @Test
    void theSummary_asMarkdown_marksInternalNotes_andEscapesWhatPeopleTyped() {
        ApiResponse markdown = agency.owner().call("GET", "/api/v1/clients/" + acme + "/handoff")
                .header("Accept", "text/markdown").send().expect(200);

        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("# Handoff: Acme \\*Corp\\* \\| \\#1\n")
                .contains("## Projects under way", "**Website** — active, client-visible",
                        "Next: Beta (`beta`, due " + TODAY.plusDays(5), "[internal note] Website: Margins are thin here",
                        "[client-visible] Website: Beta is live", "| " + request + " | Pricing page | requested |",
                        "10.00 h per month")
                .doesNotContain("Old site");
        assertThat(agency.owner().get("/api/v1/clients/" + acme + "/handoff").expect(200).header("Content-Type"))
                .startsWith("application/json");
        agency.owner().get("/api/v1/clients/00000000-0000-0000-0000-000000000000/handoff")
                .expectProblem(404, "not-found");
        agency.owner().get("/api/v1/clients/nope/handoff").expectProblem(404, "not-found");
        PORTAL.newAgency().owner().get("/api/v1/clients/" + acme + "/handoff").expectProblem(404, "not-found");
    }
}
