package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.clientportal.adapters.crypto.HmacSha256WebhookSignatures;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's pages beyond requests, over plain HTTP: search, a shared task, documents and
 * invoices, and published reports with their approval — each showing what the client may see and
 * nothing the agency keeps to itself.
 */
class PortalPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final String SECRET = "a webhook secret of some length";

    private static Agency agency;
    private static String clientId;
    private static String sharedProject;
    private static String sharedTask;
    private static String internalTask;

    @BeforeAll
    static void anAgencyWithSharedAndInternalWork() {
        agency = PORTAL.newAgency();
        clientId = agency.client("Quokka Coffee", "onboarding").path("id").asText();
        sharedProject = agency.project(clientId, "Zephyr storefront").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + sharedProject, Map.of("visibility", "client")).expect(200);
        agency.project(clientId, "Zephyr pricing review");
        sharedTask = agency.owner().post("/api/v1/tasks", Map.of("projectId", sharedProject, "title",
                "Zephyr product photos", "visibility", "client")).expect(201).json().path("key").asText();
        internalTask = agency.task(sharedProject, "Zephyr margin notes").path("key").asText();
    }

    @Test
    void searchFindsTheSharedWork_andNothingInternal() {
        WebBrowser contact = contact("view");
        String page = contact.get("/portal/search?q=zephyr").html();
        assertThat(page).contains("Zephyr storefront", "Zephyr product photos", "href=\"/portal/tasks/" + sharedTask + "\"",
                "<mark>").doesNotContain("pricing review", "margin notes");
        assertThat(contact.get("/portal/search?q=nothingmatchesthis").html()).contains("Nothing matches");
        assertThat(contact.get("/portal/search").status()).isEqualTo(200);
    }

    @Test
    void aSharedTaskHasItsPage_anInternalOneIsNotFound() {
        WebBrowser contact = contact("view");
        assertThat(contact.get("/portal/tasks/" + sharedTask).html()).contains("Zephyr product photos",
                "No file attached");
        assertThat(contact.get("/portal/tasks/" + internalTask).status()).isEqualTo(404);
    }

    @Test
    void theClientsInvoices_showTheirExactAmounts_andTheAgencysOwnStayOut() {
        agency.owner().put("/api/v1/integrations/klevar-docs", Map.of("secret", SECRET, "enabled", true)).expect(200);
        String prefix = agency.owner().get("/api/v1/clients/" + clientId).json().path("taskKeyPrefix").asText();
        deliver(invoice("evt_shared", "inv_shared", prefix, "Coffee retainer", true));
        deliver(invoice("evt_internal", "inv_internal", prefix, "Agency cost sheet", false));
        WebBrowser contact = contact("view");
        String page = contact.get("/portal/documents").html();
        assertThat(page).contains("Coffee retainer", "1250.10 EUR", "980.00 EUR", "2026-03-31")
                .doesNotContain("Agency cost sheet").contains("No document shared with you");
    }

    @Test
    void aPublishedReport_isApprovedByAContactWhoMay_andOnlyBySuch() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String report = agency.owner().post("/api/v1/reports", Map.of("clientId", clientId, "from",
                today.minusDays(7).toString(), "to", today.toString())).expect(201).json().path("id").asText();
        for (String to : new String[] {"in_review", "approved", "published"}) {
            agency.owner().post("/api/v1/reports/" + report + "/transitions", Map.of("to", to)).expect(200);
        }
        WebBrowser viewer = contact("view");
        assertThat(viewer.get("/portal/reports").html()).contains("/portal/reports/" + report, "not yet");
        WebPage unapprovable = viewer.get("/portal/reports/" + report);
        assertThat(unapprovable.html()).contains("Not approved yet").doesNotContain("Approve this report");
        WebPage refused = viewer.post("/portal/reports/" + report + "/acknowledgement",
                Map.of("_csrf", unapprovable.csrfToken()));
        assertThat(refused.status()).isEqualTo(403);

        WebBrowser approver = contact("view", "approve");
        WebPage page = approver.get("/portal/reports/" + report);
        assertThat(page.html()).contains("Approve this report");
        WebPage approved = approver.post("/portal/reports/" + report + "/acknowledgement",
                Map.of("_csrf", page.csrfToken()));
        assertThat(approved.status()).isEqualTo(303);
        assertThat(approver.get("/portal/reports/" + report).html()).contains("Approved by Pat Approver");
        assertThat(viewer.get("/portal/reports").html()).contains("yes");
        assertThat(viewer.get("/portal/reports/00000000-0000-7000-8000-000000000000").status()).isEqualTo(404);
    }

    /** A contact of the client with these rights, with the portal open in their browser. */
    private static WebBrowser contact(String... rights) {
        String name = rights.length > 1 ? "Pat Approver" : "Vic Viewer";
        String contactId = agency.contact(clientId, name, rights).path("id").asText();
        WebBrowser browser = new WebBrowser(PORTAL.base());
        assertThat(browser.openingPortal(agency.portalLink(contactId)).status()).isEqualTo(303);
        return browser;
    }

    private static void deliver(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        agency.owner().anonymous().call("POST", "/api/v1/webhooks/klevar-docs/" + agency.slug())
                .header("X-Klevar-Timestamp", timestamp)
                .header("X-Klevar-Signature", HmacSha256WebhookSignatures.sign(SECRET, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .body("application/json", body).send().expect(200);
    }

    private static String invoice(String eventId, String invoiceId, String reference, String title, boolean shared) {
        return """
                {"id": "%s", "type": "invoice.issued", "occurredAt": "%s",
                 "data": {"id": "%s", "clientReference": "%s", "title": "%s", "number": "2026-031",
                          "currency": "EUR", "total": "1250.10", "amountDue": "980", "dueDate": "2026-03-31",
                          "url": "https://docs.example/inv", "clientVisible": %s}}
                """.formatted(eventId, Instant.now(), invoiceId, reference, title, shared);
    }
}
