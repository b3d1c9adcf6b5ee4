package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: operators review a client report in the web app — the list by status,
 * editing the draft, and moving it from draft through review to the client as the lifecycle and
 * their role allow — and the API shows what the pages did.
 */
class ReportPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static String acme;
    private static WebBrowser owner;
    private static WebBrowser member;

    @BeforeAll
    static void aClientAndTwoOperators() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        owner = agency.inTheWebApp(agency.ownerEmail());
        member = agency.operatorInTheWebApp("member");
    }

    private static String draft(String title) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return agency.owner().post("/api/v1/reports", Map.of("clientId", acme, "from", today.minusDays(6).toString(),
                "to", today.toString(), "title", title)).expect(201).json().path("id").asText();
    }

    private static JsonNode overApi(String id) {
        return agency.owner().get("/api/v1/reports/" + id).expect(200).json();
    }

    private static WebPage move(WebBrowser who, WebPage from, String id, String to) {
        return who.submit(from, "/app/reports/" + id + "/moves", Map.of("to", to, "reason", "", "version",
                from.version()));
    }

    @Test
    void theList_filtersByStatus() {
        String drafted = draft("Week in review");
        String discarded = draft("Dropped report");
        agency.owner().post("/api/v1/reports/" + discarded + "/transitions", Agency.transition("discarded"))
                .expect(200);

        WebPage all = owner.get("/app/reports").expect(200);
        assertThat(all.html()).contains("href=\"/app/reports\"", "href=\"/app/reports/" + drafted + "\"",
                "href=\"/app/reports/" + discarded + "\"");

        WebPage drafts = owner.get("/app/reports?status=draft").expect(200);
        assertThat(drafts.html()).contains("/app/reports/" + drafted).doesNotContain("/app/reports/" + discarded);
        assertThat(owner.get("/app/reports?status=lost").status()).isEqualTo(400);
    }

    @Test
    void aDraft_isEdited_thenSubmittedApprovedAndPublished_withOnlyTheAllowedMovesOffered() {
        String id = draft("Monthly report");
        WebPage page = owner.get("/app/reports/" + id).expect(200);
        assertThat(page.buttons("to")).containsExactly("in_review", "discarded");
        assertThat(page.textarea("body")).isEqualTo(overApi(id).path("body").asText());

        WebPage edited = owner.submit(page, "/app/reports/" + id + "/edit", Map.of("title", "March report",
                "body", "We shipped the new site.", "version", page.version()));
        assertThat(edited.expect(200).textarea("body")).isEqualTo("We shipped the new site.");
        assertThat(overApi(id).path("title").asText()).isEqualTo("March report");

        WebPage inReview = move(member, member.get("/app/reports/" + id), id, "in_review").expect(200);
        assertThat(inReview.buttons("to")).containsExactly("draft", "approved", "discarded");
        WebPage approved = move(owner, owner.get("/app/reports/" + id), id, "approved").expect(200);
        assertThat(approved.buttons("to")).containsExactly("in_review", "published", "discarded");
        assertThat(approved.html()).doesNotContain("action=\"/app/reports/" + id + "/edit\"");
        WebPage published = move(owner, approved, id, "published").expect(200);

        assertThat(published.buttons("to")).isEmpty();
        assertThat(published.text()).contains("We shipped the new site.", "Published");
        assertThat(overApi(id).path("status").asText()).isEqualTo("published");
    }

    @Test
    void aMemberApproving_isRefusedBesideTheMoves_withTheApisStatus() {
        String id = draft("Needs an admin");
        agency.owner().post("/api/v1/reports/" + id + "/transitions", Agency.transition("in_review")).expect(200);

        WebPage refused = move(member, member.get("/app/reports/" + id), id, "approved");

        int apiStatus = agency.operator("member").post("/api/v1/reports/" + id + "/transitions",
                Agency.transition("approved")).expectClientErrorProblem().path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus).isEqualTo(403);
        assertThat(refused.html()).contains("id=\"move-refusal\"");
        assertThat(overApi(id).path("status").asText()).isEqualTo("in_review");
    }

    @Test
    void aMoveTheLifecycleForbids_isRefused409() {
        String id = draft("Not reviewed yet");
        WebPage page = owner.get("/app/reports/" + id);

        WebPage refused = move(owner, page, id, "published");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("id=\"move-refusal\"");
        assertThat(overApi(id).path("status").asText()).isEqualTo("draft");
    }

    @Test
    void anEmptyTitle_isRefusedBesideItsField_andWhatWasTypedStays() {
        String id = draft("Keep my title");
        WebPage page = owner.get("/app/reports/" + id);

        WebPage refused = owner.submit(page, "/app/reports/" + id + "/edit", Map.of("title", " ",
                "body", "Typed text to keep", "version", page.version()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"edit-refusal\"", "class=\"field-error\"");
        assertThat(refused.textarea("body")).isEqualTo("Typed text to keep");
        assertThat(overApi(id).path("title").asText()).isEqualTo("Keep my title");
    }

    @Test
    void aWrongToken_is403_andAnUnknownReportIsA404Page() {
        String id = draft("Forged");

        assertThat(owner.post("/app/reports/" + id + "/moves", Map.of("_csrf", "forged", "to", "discarded",
                "version", "1")).status()).isEqualTo(403);
        assertThat(overApi(id).path("status").asText()).isEqualTo("draft");
        assertThat(owner.get("/app/reports/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void theDashboard_linksAReportInReviewAndOneDueThisWeek_toTheReportsPage() {
        String inReview = draft("Waiting for review");
        agency.owner().post("/api/v1/reports/" + inReview + "/transitions", Agency.transition("in_review")).expect(200);
        String dueToday = draft("Due on its last day");

        WebPage dashboard = owner.get("/app").expect(200);

        assertThat(dashboard.html()).contains("href=\"/app/reports/" + inReview + "\"",
                "href=\"/app/reports/" + dueToday + "\"");
    }
}
