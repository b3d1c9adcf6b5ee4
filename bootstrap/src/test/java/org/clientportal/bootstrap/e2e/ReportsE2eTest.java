package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: a report drafted from a client's record holds what the client may see
 * and nothing internal; it is edited, reviewed, approved and published by the agency, then read and
 * acknowledged in the portal.
 */
class ReportsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Agency agency;
    private String acme;
    private String site;
    private String tooling;

    @BeforeEach
    void aClientWithSharedAndInternalWork() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        site = agency.project(acme, "Website", "active").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        tooling = agency.project(acme, "Secret tooling", "active").path("id").asText();
        String copy = task(site, "Homepage copy", "client");
        task(site, "Margin review", "internal");
        task(tooling, "Build script", "client");
        agency.owner().put("/api/v1/projects/" + site + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "beta", "title", "Beta", "taskKeys", List.of(copy), "visibility", "client"),
                Map.of("key", "margin", "title", "Margin check", "taskKeys", List.of(), "visibility", "internal"))))
                .expect(200);
        agency.owner().post("/api/v1/projects/" + site + "/milestones/beta/completion").expect(200);
        agency.owner().post("/api/v1/projects/" + site + "/milestones/margin/completion").expect(200);
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Margins are thin here"))
                .expect(201);
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Beta is live\n\nTry it out.",
                "visibility", "client")).expect(201);
        agency.owner().post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", 90, "date",
                TODAY.toString(), "note", "Haggled over the invoice")).expect(201);
        agency.owner().post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 10,
                "startsOn", TODAY.withDayOfMonth(1).toString(), "clientVisible", true)).expect(201);
        String at = TODAY + "T10:00:00Z";
        agency.owner().post("/api/v1/projects/" + site + "/metrics", Map.of("points", List.of(
                Map.of("name", "deploys", "value", 2, "unit", "count", "at", at),
                Map.of("name", "deploys", "value", 3, "unit", "count", "at", at)))).expect(200);
        agency.owner().post("/api/v1/projects/" + tooling + "/metrics", Map.of("points", List.of(
                Map.of("name", "build.minutes", "value", 42, "unit", "minutes", "at", at)))).expect(200);
    }

    private String task(String project, String title, String visibility) {
        String key = agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", title,
                "visibility", visibility)).expect(201).json().path("key").asText();
        agency.move("tasks", key, "done");
        return key;
    }

    private Map<String, Object> request(String project) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", acme, "from", TODAY.minusDays(1).toString(),
                "to", TODAY.plusDays(1).toString()));
        if (project != null) {
            body.put("projectId", project);
        }
        return body;
    }

    @Test
    void aDraft_speaksOfWhatTheClientMaySee_andOfNothingInternal() {
        JsonNode draft = agency.operator("member").post("/api/v1/reports", request(null)).expect(201).json();

        assertThat(draft.path("status").asText()).isEqualTo("draft");
        assertThat(draft.path("title").asText()).isEqualTo("Acme, " + TODAY.minusDays(1) + " to " + TODAY.plusDays(1));
        assertThat(draft.path("body").asText()).startsWith("# Acme\n")
                .contains("Homepage copy — Website, done on " + TODAY, "- Beta — Website, reached on " + TODAY,
                        "> Beta is live\n>\n> Try it out.", "1.5 h logged in the period",
                        "| 10 h a month | " + TODAY.withDayOfMonth(1),
                        "| Website | deploys (count) | 2 | 5 | 2.5 | 2 | 3 |")
                .doesNotContain("Margin review", "Margin check", "Margins are thin", "Secret tooling", "Build script",
                        "Haggled", "build.minutes");
        JsonNode ofProject = agency.owner().post("/api/v1/reports", request(site)).expect(201).json();
        assertThat(ofProject.path("projectId").asText()).isEqualTo(site);
        assertThat(ofProject.path("body").asText()).startsWith("# Acme: Website\n")
                .contains("(all of Acme's work, not this project's alone)");
    }

    @Test
    void aReport_isReviewedApprovedAndPublished_thenReadAndAcknowledgedInThePortal() {
        ApiClient member = agency.operator("member");
        String id = member.post("/api/v1/reports", request(null)).expect(201).json().path("id").asText();
        ApiClient dana = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Dana", "approve")
                .path("id").asText()));
        ApiClient eli = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Eli").path("id").asText()));

        JsonNode edited = member.call("PATCH", "/api/v1/reports/" + id).ifMatch("\"1\"")
                .json(Map.of("title", "October at Acme", "body", "# October\n\nAll shipped.")).send().expect(200).json();
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        member.call("PATCH", "/api/v1/reports/" + id).ifMatch("\"1\"").json(Map.of("title", "Late")).send()
                .expectProblem(412, "stale-version");
        member.post("/api/v1/reports/" + id + "/transitions", Map.of("to", "in_review")).expect(200);
        JsonNode queue = member.get("/api/v1/queue").expect(200).json().path("items");
        assertThat(queue.findValuesAsText("id")).contains("report_awaiting_review." + id);
        JsonNode due = member.get("/api/v1/due?within=7d").expect(200).json().path("items");
        assertThat(due.findValuesAsText("key")).contains(id);
        dana.get("/portal/api/v1/reports/" + id).expectProblem(404, "not-found");
        member.post("/api/v1/reports/" + id + "/transitions", Map.of("to", "approved"))
                .expectProblem(403, "forbidden");
        agency.owner().post("/api/v1/reports/" + id + "/transitions", Map.of("to", "approved")).expect(200);
        assertThat(member.get("/api/v1/queue").expect(200).json().path("items").findValuesAsText("id"))
                .doesNotContain("report_awaiting_review." + id);
        member.patch("/api/v1/reports/" + id, Map.of("body", "Changed after approval"))
                .expectProblem(409, "report.not-editable");
        JsonNode published = agency.owner().post("/api/v1/reports/" + id + "/transitions", Map.of("to", "published"))
                .expect(200).json();
        assertThat(published.path("publishedAt").isNull()).isFalse();
        assertThat(member.get("/api/v1/due?within=7d").expect(200).json().path("items").findValuesAsText("key"))
                .doesNotContain(id);
        agency.owner().post("/api/v1/reports/" + id + "/transitions", Map.of("to", "draft"))
                .expectProblem(409, "report.transition-not-allowed");

        JsonNode listed = eli.get("/portal/api/v1/reports").expect(200).json();
        assertThat(listed.path("items").findValuesAsText("title")).containsExactly("October at Acme");
        assertThat(listed.path("items").get(0).has("author")).isFalse();
        eli.post("/portal/api/v1/reports/" + id + "/acknowledgement")
                .expectProblem(403, "portal-right-missing");
        JsonNode acknowledged = dana.post("/portal/api/v1/reports/" + id + "/acknowledgement").expect(200).json();
        JsonNode again = dana.post("/portal/api/v1/reports/" + id + "/acknowledgement").expect(200).json();
        assertThat(acknowledged.path("acknowledgements").findValuesAsText("contactName")).containsExactly("Dana");
        assertThat(again.path("acknowledgements")).isEqualTo(acknowledged.path("acknowledgements"));
        assertThat(agency.owner().get("/api/v1/reports/" + id).expect(200).json().path("acknowledgements")
                .findValuesAsText("contactName")).containsExactly("Dana");
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=report&entityId=" + id).expect(200).json()
                .path("items").findValuesAsText("action")).containsExactly("report.acknowledged",
                "report.transitioned", "report.transitioned", "report.transitioned", "report.edited",
                "report.drafted");
    }

    @Test
    void theAgencysList_filtersByClientAndStatus_andTheClientSeesNoDraft() {
        String other = agency.client("Globex").path("id").asText();
        agency.owner().post("/api/v1/reports", request(null)).expect(201);
        Map<String, Object> globex = new HashMap<>(request(null));
        globex.put("clientId", other);
        agency.owner().post("/api/v1/reports", globex).expect(201);

        assertThat(agency.operator("viewer").get("/api/v1/reports?clientId=" + acme + "&status=draft").expect(200)
                .json().path("items").findValuesAsText("clientId")).containsExactly(acme);
        assertThat(agency.owner().get("/api/v1/reports").expect(200).json().path("items")).hasSize(2);
        agency.owner().get("/api/v1/reports?status=sent").expectProblem(400, "validation");
        ApiClient dana = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Dana").path("id").asText()));
        assertThat(dana.get("/portal/api/v1/reports").expect(200).json().path("items")).isEmpty();
    }

    @Test
    void badRequests_areRefusedWithWhatWasWrong_andNothingIsDrafted() {
        ApiClient owner = agency.owner();

        JsonNode missing = owner.post("/api/v1/reports", Map.of()).expectProblem(400, "validation");
        assertThat(missing.path("errors").findValuesAsText("field")).containsExactly("clientId", "from", "to");
        JsonNode malformed = owner.post("/api/v1/reports", Map.of("clientId", "acme", "from", "yesterday",
                "to", "2026-02-30", "projectId", "x")).expectProblem(400, "validation");
        assertThat(malformed.path("errors").findValuesAsText("field"))
                .containsExactly("clientId", "projectId", "from", "to");
        Map<String, Object> backwards = request(null);
        backwards.put("to", TODAY.minusDays(2).toString());
        assertThat(owner.post("/api/v1/reports", backwards).expectProblem(400, "validation").path("errors")
                .findValuesAsText("field")).containsExactly("to");
        Map<String, Object> tooLong = request(null);
        tooLong.put("to", TODAY.plusDays(366).toString());
        owner.post("/api/v1/reports", tooLong).expectProblem(400, "validation");
        Map<String, Object> unknown = request(null);
        unknown.put("clientId", "00000000-0000-0000-0000-000000000000");
        owner.post("/api/v1/reports", unknown).expectProblem(404, "not-found");
        owner.post("/api/v1/reports", request(tooling)).expectProblem(409, "report.project-not-shared");
        String globexSite = agency.project(agency.client("Globex").path("id").asText(), "Theirs").path("id").asText();
        owner.post("/api/v1/reports", request(globexSite)).expectProblem(400, "validation");
        Map<String, Object> extra = request(null);
        extra.put("recipients", List.of("ceo@acme.test"));
        assertThat(owner.post("/api/v1/reports", extra).expectProblem(400, "validation").path("errors")
                .findValuesAsText("field")).containsExactly("recipients");
        owner.call("POST", "/api/v1/reports").body("application/json", "{\"clientId\": ").send()
                .expectProblem(400, "malformed-json");
        agency.operator("viewer").post("/api/v1/reports", request(null)).expectProblem(403, "forbidden");

        assertThat(owner.get("/api/v1/reports").expect(200).json().path("items")).isEmpty();
        owner.get("/api/v1/reports/nope").expectProblem(404, "not-found");
        owner.post("/api/v1/reports/00000000-0000-0000-0000-000000000000/transitions", Map.of("to", "in_review"))
                .expectProblem(404, "not-found");
    }

    @Test
    void aRepeatedDraftWithTheSameIdempotencyKey_getsTheFirstAnswer_andAnotherAgencyFindsNothing() {
        JsonNode first = agency.owner().call("POST", "/api/v1/reports").idempotencyKey("report-1")
                .json(request(null)).send().expect(201).json();
        JsonNode repeat = agency.owner().call("POST", "/api/v1/reports").idempotencyKey("report-1")
                .json(request(null)).send().expect(201).json();

        assertThat(repeat.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(agency.owner().get("/api/v1/reports").expect(200).json().path("items")).hasSize(1);
        PORTAL.newAgency().owner().get("/api/v1/reports/" + first.path("id").asText()).expectProblem(404, "not-found");
    }
}
