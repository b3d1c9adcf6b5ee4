package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: an operator logs time on a client's page and sees its budgets used and
 * left, and the dashboard draws each budgeted client's capacity as a bar chart in SVG; the API
 * holds the entries the pages logged.
 */
class TimeAndCapacityPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static WebBrowser owner;

    @BeforeAll
    static void anOwnerInTheWebApp() {
        agency = PORTAL.newAgency();
        owner = agency.inTheWebApp(agency.ownerEmail());
    }

    /** A client under way with a monthly budget of so many hours from today. */
    private static String budgeted(String name, int hours) {
        String client = agency.client(name, "onboarding").path("id").asText();
        agency.owner().post("/api/v1/clients/" + client + "/capacity-budgets", Map.of("hours", hours)).expect(201);
        return client;
    }

    private static JsonNode entriesOverApi(String client) {
        return agency.owner().get("/api/v1/time-entries?clientId=" + client).expect(200).json().path("items");
    }

    /** The form as filled on {@code page}, on the day it offers (today). */
    private static Map<String, String> entry(WebPage page, String minutes, String projectId, String note,
                                             boolean billable) {
        String day = page.find("name=\"date\" type=\"date\" value=\"([0-9-]+)\"");
        Map<String, String> fields = new HashMap<>(Map.of("minutes", minutes, "date", day, "projectId", projectId,
                "note", note));
        if (billable) {
            fields.put("billable", "true");
        }
        return fields;
    }

    @Test
    void timeLoggedOnAProject_showsInTheBudgetUsedAndLeft_andTheApiHoldsTheEntry() {
        String client = budgeted("Acme", 10);
        String site = agency.project(client, "Website").path("id").asText();
        WebPage page = owner.get("/app/clients/" + client).expect(200);
        assertThat(page.text()).contains("10.0 h a month", "0.0 h", "Log time");

        WebPage logged = owner.submit(page, "/app/clients/" + client + "/time-entries",
                entry(page, "90", site, "Kick-off call", false));

        assertThat(logged.expect(200).path()).isEqualTo("/app/clients/" + client);
        assertThat(logged.text()).contains("1.5 h (15.0 %) used, 8.5 h left");
        JsonNode entry = entriesOverApi(client).get(0);
        assertThat(entry.path("minutes").asInt()).isEqualTo(90);
        assertThat(entry.path("projectId").asText()).isEqualTo(site);
        assertThat(entry.path("note").asText()).isEqualTo("Kick-off call");
        assertThat(entry.path("billable").asBoolean()).isFalse();
    }

    @Test
    void minutesOutOfRange_areRefusedBesideTheirField_withTheApisStatus_andWhatWasTypedStays() {
        String client = budgeted("Initech", 5);
        WebPage page = owner.get("/app/clients/" + client);

        WebPage refused = owner.submit(page, "/app/clients/" + client + "/time-entries",
                entry(page, "0", "", "Typo", true));

        int apiStatus = agency.owner().post("/api/v1/time-entries", Map.of("clientId", client, "minutes", 0))
                .expectClientErrorProblem().path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"time-refusal\"", "class=\"field-error\"", "value=\"Typo\"");
        assertThat(owner.submit(page, "/app/clients/" + client + "/time-entries", entry(page, "ninety", "", "", true))
                .status()).isEqualTo(400);
        assertThat(entriesOverApi(client)).isEmpty();
    }

    @Test
    void aViewerLoggingTime_isRefused403_andAWrongTokenToo() {
        String client = budgeted("Hooli", 5);
        WebBrowser viewer = agency.operatorInTheWebApp("viewer");

        WebPage page = viewer.get("/app/clients/" + client).expect(200);

        WebPage refused = viewer.submit(page, "/app/clients/" + client + "/time-entries",
                entry(page, "30", "", "", true));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(owner.post("/app/clients/" + client + "/time-entries", Map.of("_csrf", "forged", "minutes", "30"))
                .status()).isEqualTo(403);
        assertThat(entriesOverApi(client)).isEmpty();
    }

    @Test
    void theDashboard_drawsABarPerBudgetedClient_markedWhenPast80Percent_withoutInlineStyle() {
        String client = budgeted("Umbrella Corporation", 10);
        String unbudgeted = agency.client("No Budget Ltd", "onboarding").path("id").asText();
        WebPage page = owner.get("/app/clients/" + client);
        owner.submit(page, "/app/clients/" + client + "/time-entries", entry(page, "510", "", "", true)).expect(200);

        WebPage dashboard = owner.get("/app").expect(200);

        assertThat(dashboard.html()).contains("<svg class=\"capacity-chart\"", "<g class=\"bar-warning\">",
                "Umbrella Corporation: 8.5 h of 10.0 h (month budget): 85.0 %",
                "href=\"/app/clients/" + client + "#time\"")
                .doesNotContain("/app/clients/" + unbudgeted + "#time").doesNotContain("style=");
        assertThat(dashboard.html()).as("85 %% of the 260 units a full bar takes").contains(
                "width=\"221\" height=\"24\" class=\"bar-used\"");
    }
}
