package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL, with no hub configured: every change a client or operator should hear of
 * writes its event, kept pending; nothing internal is told; the agency lists them.
 */
class NotificationsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void eachChangeThatTellsSomeone_writesItsEvent_pending_andNothingInternalIsTold() {
        Agency agency = PORTAL.newAgency();
        ApiClient owner = agency.owner();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website", "active").path("id").asText();
        owner.patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        ApiClient ada = owner.openPortal(agency.portalLink(agency.contact(acme, "Ada", "request").path("id").asText()));
        owner.post("/api/v1/projects/" + site + "/updates", Map.of("body", "Margins are thin")).expect(201);
        String shared = owner.post("/api/v1/projects/" + site + "/updates", Map.of("body", "Draft")).expect(201).json()
                .path("id").asText();
        owner.patch("/api/v1/updates/" + shared, Map.of("visibility", "client")).expect(200);
        String accepted = ada.post("/portal/api/v1/requests", Map.of("kind", "task", "title", "Pricing page",
                "projectId", site)).expect(201).json().path("key").asText();
        String declined = ada.post("/portal/api/v1/requests", Map.of("kind", "task", "title", "Blog",
                "projectId", site)).expect(201).json().path("key").asText();
        agency.move("tasks", accepted, "open");
        owner.post("/api/v1/tasks/" + declined + "/transitions", Map.of("to", "cancelled", "reason", "Out of scope"))
                .expect(200);
        owner.put("/api/v1/projects/" + site + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "beta", "title", "Beta", "taskKeys", List.of(), "visibility", "client"),
                Map.of("key", "margin", "title", "Margin check", "taskKeys", List.of())))).expect(200);
        owner.post("/api/v1/projects/" + site + "/milestones/beta/completion").expect(200);
        owner.post("/api/v1/projects/" + site + "/milestones/beta/completion").expect(200);
        owner.post("/api/v1/projects/" + site + "/milestones/margin/completion").expect(200);
        owner.post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 1, "startsOn",
                TODAY.withDayOfMonth(1).toString())).expect(201);
        owner.post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", 70, "date", TODAY.toString()))
                .expect(201);
        String report = owner.post("/api/v1/reports", Map.of("clientId", acme, "from", TODAY.toString(),
                "to", TODAY.toString())).expect(201).json().path("id").asText();
        for (String to : List.of("in_review", "approved", "published")) {
            owner.post("/api/v1/reports/" + report + "/transitions", Map.of("to", to)).expect(200);
        }

        JsonNode events = agency.operator("viewer").get("/api/v1/notifications?limit=100").expect(200).json()
                .path("items");

        assertThat(events.findValuesAsText("type")).containsExactlyInAnyOrder("portal-link.issued", "update.posted",
                "request.received", "request.received", "request.accepted", "request.declined",
                "milestone.completed", "capacity.warning", "capacity.exceeded", "report.published");
        assertThat(events.findValuesAsText("state")).containsOnly("pending");
        assertThat(events.toString()).doesNotContain("Margins are thin", "Margin check").contains("Draft", "Beta",
                "Out of scope");
        JsonNode link = events.findParents("type").stream()
                .filter(e -> e.path("type").asText().equals("portal-link.issued")).findFirst().orElseThrow();
        assertThat(link.path("payload").has("url")).isFalse();
        assertThat(link.path("payload").path("contactName").asText()).isEqualTo("Ada");
        assertThat(owner.get("/api/v1/notifications?type=request.received").expect(200).json().path("items"))
                .hasSize(2);
        assertThat(owner.get("/api/v1/notifications?state=delivered").expect(200).json().path("items")).isEmpty();
        owner.get("/api/v1/notifications?state=lost").expectProblem(400, "validation");
        owner.get("/api/v1/notifications?type=update.deleted").expectProblem(400, "validation");
        assertThat(PORTAL.newAgency().owner().get("/api/v1/notifications").expect(200).json().path("items")).isEmpty();
        ada.get("/api/v1/notifications").expectProblem(401, "unauthenticated");
    }
}
