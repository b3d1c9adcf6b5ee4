package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: owners set business hours and SLA targets, and every client request
 * (a task request or an ask) shows its clock, driven by the agency's moves and answers.
 */
class SlaClocksE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    /** Every day nearly round the clock, so that due times follow the wall clock within a minute a day. */
    private static final Map<String, Object> ALWAYS_OPEN = Map.of("timeZone", "UTC",
            "workingDays", List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            "opens", "00:00", "closes", "23:59", "holidays", List.of());

    private Agency agency;
    private String site;
    private ApiClient ada;

    @BeforeEach
    void anAgencyWithASharedProjectAndAContact() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada", "request").path("id").asText()));
    }

    private static Map<String, Object> targets(int normalFirst, int normalResolution) {
        Map<String, Object> other = Map.of("firstResponseMinutes", 600, "resolutionMinutes", 6000);
        return Map.of("targets", Map.of("urgent", other, "high", other, "low", other,
                "normal", Map.of("firstResponseMinutes", normalFirst, "resolutionMinutes", normalResolution)));
    }

    private String fileRequest(String kind, String title) {
        return ada.post("/portal/api/v1/requests", Map.of("kind", kind, "title", title, "projectId", site))
                .expect(201).json().path("key").asText();
    }

    private JsonNode slaOfTask(String key) {
        return agency.owner().get("/api/v1/tasks/" + key).expect(200).json().path("sla");
    }

    @Test
    void settings_startAsTheDefaults_andOwnersReplaceThem_audited() {
        var defaults = agency.operator("member").get("/api/v1/settings/business-hours").expect(200);
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        JsonNode hours = defaults.json();
        assertThat(hours.path("timeZone").asText()).isEqualTo("UTC");
        assertThat(hours.path("workingDays")).hasSize(5);
        assertThat(hours.path("opens").asText()).isEqualTo("09:00");
        JsonNode policy = agency.owner().get("/api/v1/settings/sla").expect(200).json();
        assertThat(policy.path("targets").path("urgent").path("firstResponseMinutes").asLong()).isEqualTo(60);
        assertThat(policy.path("targets").path("low").path("resolutionMinutes").asLong()).isEqualTo(4800);

        JsonNode berlin = agency.owner().put("/api/v1/settings/business-hours", Map.of("timeZone", "Europe/Berlin",
                "workingDays", List.of("friday", "monday"), "opens", "08:30", "closes", "16:00",
                "holidays", List.of("2026-12-25", "2026-12-24"))).expect(200).json();
        assertThat(berlin.path("workingDays").toString()).isEqualTo("[\"monday\",\"friday\"]");
        assertThat(berlin.path("holidays").toString()).isEqualTo("[\"2026-12-24\",\"2026-12-25\"]");
        assertThat(agency.owner().get("/api/v1/settings/business-hours").expect(200).json()).isEqualTo(berlin);
        assertThat(berlin.path("version").asLong()).isEqualTo(1);
        agency.owner().call("PUT", "/api/v1/settings/sla").ifMatch("\"0\"").json(targets(30, 90)).send().expect(200);
        agency.owner().call("PUT", "/api/v1/settings/sla").ifMatch("\"0\"").json(targets(60, 90)).send()
                .expectProblem(412, "stale-version");
        assertThat(agency.owner().get("/api/v1/settings/sla").expect(200).json().path("targets").path("normal")
                .path("resolutionMinutes").asLong()).isEqualTo(90);

        List<String> actions = agency.owner().get("/api/v1/audit-events?entityType=tenant&limit=100").expect(200)
                .json().path("items").findValuesAsText("action");
        assertThat(actions).contains("settings.business-hours-changed", "settings.sla-changed");
    }

    @Test
    void aTaskRequestsClock_isDueByTheTargets_respondedByAcceptance_pausedWhileWaiting_resolvedWhenDone() {
        agency.owner().put("/api/v1/settings/business-hours", ALWAYS_OPEN).expect(200);
        agency.owner().put("/api/v1/settings/sla", targets(30, 120)).expect(200);
        String key = fileRequest("task", "Pricing page");
        Instant filed = Instant.parse(agency.owner().get("/api/v1/tasks/" + key).expect(200).json()
                .path("createdAt").asText());

        JsonNode fresh = slaOfTask(key);
        assertThat(fresh.path("state").asText()).isEqualTo("on_track");
        assertThat(fresh.path("firstRespondedAt").isNull()).isTrue();
        assertThat(fresh.path("paused").asBoolean()).isFalse();
        Duration toFirstResponse = Duration.between(filed, Instant.parse(fresh.path("firstResponseDue").asText()));
        assertThat(toFirstResponse).isBetween(Duration.ofMinutes(30), Duration.ofMinutes(31));
        assertThat(Instant.parse(fresh.path("resolutionDue").asText()))
                .isAfterOrEqualTo(filed.plus(Duration.ofMinutes(120)));

        agency.move("tasks", key, "open");
        JsonNode accepted = slaOfTask(key);
        assertThat(accepted.path("firstRespondedAt").isNull()).isFalse();
        agency.move("tasks", key, "in_progress");
        agency.move("tasks", key, "waiting_on_client");
        assertThat(slaOfTask(key).path("paused").asBoolean()).isTrue();
        agency.move("tasks", key, "in_progress");
        assertThat(slaOfTask(key).path("paused").asBoolean()).isFalse();
        agency.move("tasks", key, "done");
        JsonNode done = slaOfTask(key);
        assertThat(done.path("resolvedAt").isNull()).isFalse();
        assertThat(done.path("firstRespondedAt").asText()).isEqualTo(accepted.path("firstRespondedAt").asText());
        assertThat(done.path("state").asText()).isEqualTo("on_track");

        JsonNode listed = agency.owner().get("/api/v1/tasks?projectId=" + site).expect(200).json().path("items")
                .get(0);
        assertThat(listed.path("sla")).isEqualTo(done);
    }

    @Test
    void theAgencysOwnTask_hasNoClock_andAnAsksClockIsResolvedWhenFoundNotActionable() {
        String own = agency.task(site, "Internal review").path("key").asText();
        assertThat(slaOfTask(own).isNull()).isTrue();

        String ask = fileRequest("question", "Where is the invoice?");
        JsonNode filed = agency.owner().get("/api/v1/asks/" + ask).expect(200).json().path("sla");
        assertThat(filed.path("state").asText()).isEqualTo("on_track");
        assertThat(filed.path("resolvedAt").isNull()).isTrue();
        JsonNode classified = agency.owner().post("/api/v1/asks/" + ask + "/classification",
                Map.of("as", "not_actionable")).expect(200).json().path("sla");
        assertThat(classified.path("firstRespondedAt").isNull()).isFalse();
        assertThat(classified.path("resolvedAt").isNull()).isFalse();
    }

    @Test
    void settingsAreForOwnersAndAdmins_andBadSettingsAreProblemsNamingTheFields_leavingTheOldOnes() {
        agency.operator("member").put("/api/v1/settings/sla", targets(30, 90)).expectProblem(403, "forbidden");
        agency.operator("member").put("/api/v1/settings/business-hours", ALWAYS_OPEN).expectProblem(403, "forbidden");
        agency.operator("admin").put("/api/v1/settings/sla", targets(45, 90)).expect(200);

        JsonNode hoursProblem = agency.owner().put("/api/v1/settings/business-hours", Map.of("timeZone", "+02:00",
                "workingDays", List.of("monday", "funday", "monday"), "opens", "9am", "closes", "25:00",
                "holidays", List.of("2026-02-30"))).expectProblem(400, "validation");
        assertThat(hoursProblem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("timeZone",
                "workingDays[1]", "workingDays[2]", "opens", "closes", "holidays[0]");
        agency.owner().put("/api/v1/settings/business-hours", Map.of("timeZone", "UTC", "workingDays", List.of(),
                "opens", "09:00", "closes", "09:30")).expectProblem(400, "validation");
        agency.owner().put("/api/v1/settings/business-hours", Map.of("timeZone", "UTC", "workingDays", "monday",
                "opens", "09:00", "closes", "17:00")).expectProblem(400, "validation");

        JsonNode slaProblem = agency.owner().put("/api/v1/settings/sla", Map.of("targets", Map.of(
                "normal", Map.of("firstResponseMinutes", 120, "resolutionMinutes", 60),
                "urgent", Map.of("firstResponseMinutes", 0, "resolutionMinutes", 50_000),
                "critical", Map.of("firstResponseMinutes", 1, "resolutionMinutes", 2)))).expectProblem(400, "validation");
        assertThat(slaProblem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "targets.normal.resolutionMinutes", "targets.urgent.firstResponseMinutes",
                "targets.urgent.resolutionMinutes", "targets.critical", "targets.high", "targets.low");
        agency.owner().put("/api/v1/settings/sla", Map.of("targets", List.of())).expectProblem(400, "validation");
        agency.owner().call("PUT", "/api/v1/settings/sla").body("text/plain", "normal=30").send()
                .expectProblem(415, "unsupported-media-type");

        assertThat(agency.owner().get("/api/v1/settings/business-hours").expect(200).json().path("timeZone")
                .asText()).isEqualTo("UTC");
        assertThat(agency.owner().get("/api/v1/settings/sla").expect(200).json().path("targets").path("normal")
                .path("firstResponseMinutes").asLong()).isEqualTo(45);
    }
}
