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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: operators log time, owners set budgets, the agency sees each period used
 * and left and hears of 80 % and 100 % once, and the client's contact sees only what is shared.
 */
class TimeAndCapacityE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String FIRST_OF_MONTH = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString();

    private Agency agency;
    private String acme;
    private String taskKey;

    @BeforeEach
    void anAgencyWithAClientAndATask() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        String project = agency.project(acme, "Website").path("id").asText();
        taskKey = agency.task(project, "Logo").path("key").asText();
    }

    private JsonNode log(ApiClient who, int minutes, String note) {
        return who.post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", minutes, "date", TODAY,
                "note", note)).expect(201).json();
    }

    private JsonNode budget(int hours, boolean clientVisible) {
        return agency.owner().post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", hours,
                "startsOn", FIRST_OF_MONTH, "clientVisible", clientVisible)).expect(201).json();
    }

    private JsonNode currentPeriod() {
        return agency.owner().get("/api/v1/clients/" + acme + "/capacity").expect(200).json()
                .path("budgets").get(0).path("periods").get(0);
    }

    private List<String> crossingEvents() {
        return agency.owner().get("/api/v1/audit-events?entityType=capacity-budget&limit=100").expect(200).json()
                .path("items").findValuesAsText("action").stream().filter(a -> a.startsWith("capacity.")).toList();
    }

    @Test
    void timeOnATask_isLoggedOnItsProject_listedAndCorrected_withItsVersion() {
        ApiClient member = agency.operator("member");
        var logged = member.post("/api/v1/time-entries", Map.of("clientId", acme, "taskKey", taskKey,
                "minutes", 90, "date", TODAY, "note", "Sketches", "billable", false)).expect(201);
        JsonNode entry = logged.json();
        assertThat(logged.header("ETag")).isEqualTo("\"1\"");
        assertThat(entry.path("projectId").asText()).isNotBlank();
        assertThat(entry.path("taskKey").asText()).isEqualTo(taskKey);
        assertThat(entry.path("billable").asBoolean()).isFalse();

        JsonNode mine = member.get("/api/v1/time-entries?operatorId=me&taskKey=" + taskKey).expect(200).json();
        assertThat(mine.path("items")).hasSize(1);
        String id = entry.path("id").asText();
        JsonNode corrected = member.call("PATCH", "/api/v1/time-entries/" + id).ifMatch("\"1\"")
                .json(Map.of("minutes", 75)).send().expect(200).json();
        assertThat(corrected.path("minutes").asInt()).isEqualTo(75);
        member.call("PATCH", "/api/v1/time-entries/" + id).ifMatch("\"1\"").json(Map.of("minutes", 60)).send()
                .expectProblem(412, "stale-version");
        member.delete("/api/v1/time-entries/" + id).expect(204);
        assertThat(member.get("/api/v1/time-entries?clientId=" + acme).expect(200).json().path("items")).isEmpty();
    }

    @Test
    void crossing80And100Percent_isAuditedOncePerPeriod_andTheViewShowsUsedAndLeft() {
        budget(2, false);
        JsonNode big = log(agency.owner(), 90, "Design");
        assertThat(crossingEvents()).isEmpty();

        log(agency.owner(), 10, "Review");
        assertThat(crossingEvents()).containsExactly("capacity.warning");
        String bigId = big.path("id").asText();
        agency.owner().patch("/api/v1/time-entries/" + bigId, Map.of("minutes", 30)).expect(200);
        agency.owner().patch("/api/v1/time-entries/" + bigId, Map.of("minutes", 115)).expect(200);
        agency.owner().patch("/api/v1/time-entries/" + bigId, Map.of("minutes", 20)).expect(200);
        agency.owner().patch("/api/v1/time-entries/" + bigId, Map.of("minutes", 115)).expect(200);

        assertThat(crossingEvents()).containsExactlyInAnyOrder("capacity.warning", "capacity.exceeded");
        JsonNode period = currentPeriod();
        assertThat(period.path("usedMinutes").asLong()).isEqualTo(125);
        assertThat(period.path("budgetHours").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(period.path("remainingHours").decimalValue()).isEqualByComparingTo("-0.08");
        assertThat(period.path("percentUsed").decimalValue()).isEqualByComparingTo("104.2");
        assertThat(period.path("warningRaisedAt").asText()).isNotBlank();
        assertThat(period.path("exceededRaisedAt").asText()).isNotBlank();
    }

    @Test
    void aRepeatedPostWithItsIdempotencyKey_logsTheTimeOnce() {
        for (int i = 0; i < 2; i++) {
            agency.owner().call("POST", "/api/v1/time-entries").idempotencyKey("log-once")
                    .json(Map.of("clientId", acme, "minutes", 45, "date", TODAY)).send().expect(201);
        }

        assertThat(agency.owner().get("/api/v1/time-entries?clientId=" + acme).expect(200).json().path("items"))
                .hasSize(1);
    }

    @Test
    void badInput_isAProblemNamingTheFields_andNothingIsWritten() {
        JsonNode problem = agency.owner().post("/api/v1/time-entries", Map.of("clientId", "nope", "minutes", 0,
                "date", "2026-13-01")).expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("clientId", "minutes",
                "date");
        agency.owner().post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", 1.5, "date", TODAY))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", "90", "date", TODAY))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/time-entries", Map.of("clientId", "00000000-0000-0000-0000-000000000000",
                "minutes", 30, "date", TODAY)).expectProblem(404, "not-found");
        agency.owner().post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 10, "period", "custom"))
                .expectProblem(400, "validation");
        agency.owner().get("/api/v1/clients/" + acme + "/capacity?from=" + TODAY + "&to=2020-01-01")
                .expectProblem(400, "validation");

        assertThat(agency.owner().get("/api/v1/time-entries?clientId=" + acme).expect(200).json().path("items"))
                .isEmpty();
        assertThat(agency.owner().get("/api/v1/clients/" + acme + "/capacity-budgets").expect(200).json()
                .path("items")).isEmpty();
    }

    @Test
    void aMember_changesOnlyTheirOwnTime_setsNoBudget_andLogsNoneForAnOffboardedClient() {
        ApiClient member = agency.operator("member");
        String olives = log(agency.owner(), 30, "Owner's hour").path("id").asText();

        member.patch("/api/v1/time-entries/" + olives, Map.of("minutes", 10)).expectProblem(403, "time-entry.not-yours");
        member.delete("/api/v1/time-entries/" + olives).expectProblem(403, "time-entry.not-yours");
        member.post("/api/v1/clients/" + acme + "/capacity-budgets", Map.of("hours", 10)).expectProblem(403, "forbidden");
        agency.operator("viewer").post("/api/v1/time-entries", Map.of("clientId", acme, "minutes", 30, "date", TODAY))
                .expectProblem(403, "forbidden");

        String gone = agency.client("Gone", "offboarded").path("id").asText();
        member.post("/api/v1/time-entries", Map.of("clientId", gone, "minutes", 30, "date", TODAY))
                .expectProblem(409, "time-entry.client-offboarded");
    }

    @Test
    void theContact_seesOnlyTheSharedBudget_withTotals_neverAnEntryOrItsNote() {
        budget(10, true);
        String internal = budget(99, false).path("id").asText();
        log(agency.owner(), 120, "Secret margin talk");
        String contactId = agency.contact(acme, "Ada Buyer").path("id").asText();
        ApiClient ada = agency.owner().openPortal(agency.portalLink(contactId));

        var seen = ada.get("/portal/api/v1/capacity").expect(200);
        JsonNode budgets = seen.json().path("budgets");
        assertThat(budgets).hasSize(1);
        assertThat(budgets.get(0).path("id").asText()).isNotEqualTo(internal);
        assertThat(budgets.get(0).path("periods").get(0).path("usedHours").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(seen.body()).doesNotContain("Secret margin talk").doesNotContain("Minutes")
                .doesNotContain("RaisedAt");
        assertThat(agency.owner().get("/api/v1/contacts/" + contactId + "/portal-view/capacity").expect(200).json()
                .path("budgets")).hasSize(1);
        ada.get("/api/v1/time-entries").expect(401);
    }
}
