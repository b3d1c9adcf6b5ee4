package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 7 of the issue: every creation, update and transition leaves an audit event. */
class AuditTrailE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void aClientsHistory_namesActorActionBeforeAfterAndTheCallersRequestId() {
        Agency agency = PORTAL.newAgency();
        Instant started = Instant.now().minusSeconds(5);
        JsonNode client = agency.owner().call("POST", "/api/v1/clients").requestId("req-create-1")
                .json(Map.of("name", "Audited")).send().expect(201).json();
        String id = client.path("id").asText();
        agency.owner().call("PATCH", "/api/v1/clients/" + id).requestId("req-update-2")
                .json(Map.of("name", "Audited Ltd")).send().expect(200);
        agency.owner().call("POST", "/api/v1/clients/" + id + "/transitions").requestId("req-move-3")
                .json(Map.of("to", "onboarding", "reason", "signed the contract")).send().expect(200);

        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=client&entityId=" + id)
                .expect(200).json().path("items");

        assertThat(events.findValuesAsText("action"))
                .containsExactly("client.transitioned", "client.updated", "client.created");
        assertThat(events.findValuesAsText("requestId")).containsExactly("req-move-3", "req-update-2", "req-create-1");
        for (JsonNode event : events) {
            assertThat(event.path("actor").asText()).isEqualTo("operator:" + agency.ownerId());
            assertThat(event.path("entityType").asText()).isEqualTo("client");
            assertThat(event.path("entityId").asText()).isEqualTo(id);
            assertThat(Instant.parse(event.path("at").asText())).isBetween(started, Instant.now().plusSeconds(5));
        }
        JsonNode created = events.get(2);
        assertThat(created.path("before").isNull()).isTrue();
        assertThat(created.path("after").path("name").asText()).isEqualTo("Audited");
        JsonNode updated = events.get(1);
        assertThat(updated.path("before").path("name").asText()).isEqualTo("Audited");
        assertThat(updated.path("after").path("name").asText()).isEqualTo("Audited Ltd");
        JsonNode moved = events.get(0);
        assertThat(moved.path("before").path("status").asText()).isEqualTo("lead");
        assertThat(moved.path("after").path("status").asText()).isEqualTo("onboarding");
        assertThat(moved.path("after").path("reason").asText()).isEqualTo("signed the contract");
    }

    @Test
    void projectsOperatorsAndKeys_areAuditedToo_andTheRequestIdIsEchoed() {
        Agency agency = PORTAL.newAgency();
        String clientId = agency.client("Client", "onboarding").path("id").asText();
        var response = agency.owner().call("POST", "/api/v1/projects").requestId("req-project")
                .json(Map.of("clientId", clientId, "name", "Audited project")).send().expect(201);
        assertThat(response.header("X-Request-Id")).isEqualTo("req-project");
        String projectId = response.json().path("id").asText();
        agency.move("projects", projectId, "active");
        agency.owner().put("/api/v1/projects/" + projectId + "/milestones", Map.of("milestones",
                List.of(Map.of("key", "m1", "title", "M1", "taskKeys", List.of())))).expect(200);
        agency.owner().post("/api/v1/projects/" + projectId + "/milestones/m1/completion").expect(200);
        agency.addOperator("member");
        agency.apiKey("viewer");

        JsonNode project = agency.owner().get("/api/v1/audit-events?entityType=project").expect(200).json();
        JsonNode all = agency.owner().get("/api/v1/audit-events?limit=100").expect(200).json();

        assertThat(project.path("items").findValuesAsText("action")).containsExactly("project.milestone-completed",
                "project.milestones-replaced", "project.transitioned", "project.created");
        assertThat(project.path("items").get(3).path("requestId").asText()).isEqualTo("req-project");
        assertThat(all.path("items").findValuesAsText("action")).contains("tenant.registered", "operator.added",
                "api-key.created", "client.created", "client.transitioned");
        assertThat(all.toString()).doesNotContain("passwordHash").doesNotContain("$2");
    }

    @Test
    void anEntityIdThatIsNotAnId_andAnUnknownEntityType_are400NamingThem() {
        Agency agency = PORTAL.newAgency();

        JsonNode badId = agency.owner().get("/api/v1/audit-events?entityId=not-a-uuid").expectProblem(400, "validation");
        JsonNode badType = agency.owner().get("/api/v1/audit-events?entityType=receipt").expectProblem(400, "validation");
        JsonNode both = agency.owner().get("/api/v1/audit-events?entityType=clients&entityId=42")
                .expectProblem(400, "validation");

        assertThat(badId.path("errors").findValuesAsText("field")).containsExactly("entityId");
        assertThat(badType.path("errors").findValuesAsText("field")).containsExactly("entityType");
        assertThat(badType.path("errors").findValuesAsText("message"))
                .containsExactly("must be one of api-key, ask, attachment, capacity-budget, client, comment, contact,"
                        + " document, integration, invoice, operator, project, queue-item, report, task, tenant,"
                        + " time-entry, update");
        assertThat(both.path("errors").findValuesAsText("field")).containsExactly("entityType", "entityId");
        agency.owner().get("/api/v1/audit-events?entityType=tenant&entityId=" + agency.id()).expect(200);
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=TENANT&entityId=" + agency.id().toUpperCase())
                .expect(200).json().path("items").findValuesAsText("action")).containsExactly("tenant.registered");
    }

    @Test
    void theAuditTrail_pagesByCursor() {
        Agency agency = PORTAL.newAgency();
        for (int i = 0; i < 3; i++) {
            agency.client("Client " + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = agency.owner().get("/api/v1/audit-events?entityType=client&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            page.path("items").forEach(e -> seen.add(e.path("id").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);

        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
        agency.owner().get("/api/v1/audit-events?cursor=nonsense").expectProblem(400, "validation");
    }

    @Test
    void aViewerMayReadTheTrail_butAnonymousCallersMayNot() {
        Agency agency = PORTAL.newAgency();

        agency.operator("viewer").get("/api/v1/audit-events").expect(200);
        PORTAL.anonymous().get("/api/v1/audit-events").expectProblem(401, "unauthenticated");
    }
}
