package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: what needs an operator now shows up in the queue, most urgent first and
 * with why, pages with cursors, and leaves it when acknowledged, snoozed or dealt with.
 */
class OperatorQueueE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String LAST_WEEK = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();

    private Agency agency;
    private String acme;
    private String site;
    private ApiClient ada;

    @BeforeEach
    void anAgencyWithASharedProjectAndAContact() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada", "request").path("id").asText()));
    }

    private String file(String kind, String title) {
        return ada.post("/portal/api/v1/requests", Map.of("kind", kind, "title", title, "projectId", site))
                .expect(201).json().path("key").asText();
    }

    private JsonNode queue() {
        return agency.owner().get("/api/v1/queue").expect(200).json().path("items");
    }

    private List<String> ids() {
        return queue().findValuesAsText("id");
    }

    @Test
    void whatNeedsSomeone_isListedMostUrgentFirst_withWhy() {
        assertThat(queue()).isEmpty();
        String late = agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", "Logo",
                "dueDate", LAST_WEEK)).expect(201).json().path("key").asText();
        String request = file("task", "Pricing page");
        String question = file("question", "Where is the invoice?");
        agency.owner().post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 1, "startsOn", TODAY))
                .expect(201);
        agency.owner().post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", 70, "date", TODAY))
                .expect(201);

        JsonNode items = queue();
        assertThat(items.findValuesAsText("kind")).containsExactly("task_overdue", "request_awaiting_acceptance",
                "ask_unclassified", "capacity_exceeded", "capacity_warning");
        assertThat(items.get(0).path("id").asText()).isEqualTo("task_overdue." + late + "." + LAST_WEEK);
        assertThat(items.get(0).path("why").asText()).isEqualTo("Was due " + LAST_WEEK + ", still open");
        assertThat(items.get(1).path("subjectKey").asText()).isEqualTo(request);
        assertThat(items.get(2).path("subjectType").asText()).isEqualTo("ask");
        assertThat(items.get(2).path("subjectKey").asText()).isEqualTo(question);
        assertThat(items.get(3).path("title").asText()).isEqualTo("Acme: capacity");
        assertThat(items.get(3).path("clientId").asText()).isEqualTo(acme);

        List<String> walked = new ArrayList<>();
        String next = "/api/v1/queue?limit=2";
        while (next != null) {
            JsonNode page = agency.owner().get(next).expect(200).json();
            walked.addAll(page.path("items").findValuesAsText("id"));
            next = page.path("nextCursor").isNull() ? null : "/api/v1/queue?limit=2&cursor=" + page.path("nextCursor")
                    .asText();
        }
        assertThat(walked).containsExactlyElementsOf(items.findValuesAsText("id"));

        agency.move("tasks", request, "open");
        assertThat(ids()).doesNotContain("request_awaiting_acceptance." + request);
    }

    @Test
    void anAcknowledgedItem_leavesForGood_aSnoozedOneForAWhile_andBadMarksAreProblems() {
        String request = file("task", "Pricing page");
        String question = file("question", "Where is the invoice?");
        String awaiting = "request_awaiting_acceptance." + request;
        String unclassified = "ask_unclassified." + question;

        JsonNode acknowledged = agency.operator("member").post("/api/v1/queue/" + awaiting + "/acknowledgement")
                .expect(200).json();
        assertThat(acknowledged.path("acknowledgedBy").asText()).startsWith("operator:");
        String until = Instant.now().plus(2, ChronoUnit.DAYS).toString();
        JsonNode snoozed = agency.owner().post("/api/v1/queue/" + unclassified + "/snooze", Map.of("until", until))
                .expect(200).json();
        assertThat(Instant.parse(snoozed.path("snoozedUntil").asText())).isEqualTo(Instant.parse(until));
        assertThat(queue()).isEmpty();
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=queue-item").expect(200).json().path("items")
                .findValuesAsText("action")).containsExactlyInAnyOrder("queue-item.acknowledged", "queue-item.snoozed");
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=queue-item&entityId=" + awaiting).expect(200)
                .json().path("items").findValuesAsText("action")).containsExactly("queue-item.acknowledged");

        agency.owner().post("/api/v1/queue/task_overdue.ACME-99.2026-01-01/acknowledgement")
                .expectProblem(404, "not-found");
        agency.owner().post("/api/v1/queue/whatever/acknowledgement").expectProblem(404, "not-found");
        agency.owner().post("/api/v1/queue/" + unclassified + "/snooze", Map.of("until", "2020-01-01T00:00:00Z"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/queue/" + unclassified + "/snooze", Map.of("until", "soon"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/queue/" + unclassified + "/snooze", Map.of("when", until))
                .expectProblem(400, "validation");
        agency.operator("viewer").post("/api/v1/queue/" + unclassified + "/acknowledgement")
                .expectProblem(403, "forbidden");
        agency.owner().get("/api/v1/queue?sort=-urgency").expectProblem(400, "validation");
        agency.owner().get("/api/v1/queue?cursor=nonsense").expectProblem(400, "validation");
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=queue-item").expect(200).json().path("items"))
                .hasSize(2);
    }
}
