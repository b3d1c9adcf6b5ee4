package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web app's pages over plain HTTP: who may see which (sessions of the right audience only, sent
 * to sign in otherwise, never to another site), CSRF on every form, the headers that keep scripts
 * from anywhere else off every page, refusals with the API's statuses, and writes audited as the
 * API's are.
 */
class WebPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern INLINE_STYLE_OR_HANDLER = Pattern.compile("<[^>]+\\s(style|on[a-z]+)=");

    private static Agency agency;
    private static String clientId;
    private static String projectId;
    private static String taskKey;
    private static String contactId;

    @BeforeAll
    static void anAgencyAtWork() {
        agency = PORTAL.newAgency();
        clientId = agency.client("Harbor Bakery", "onboarding").path("id").asText();
        projectId = agency.project(clientId, "Website relaunch").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + projectId, Map.of("visibility", "client")).expect(200);
        taskKey = agency.task(projectId, "Homepage copy").path("key").asText();
        contactId = agency.contact(clientId, "Dana Baker", "view", "request").path("id").asText();
    }

    @Test
    void anOperatorSignsIn_andLandsWhereTheyWereGoing_butNeverOnAnotherSite() {
        WebBrowser browser = new WebBrowser(PORTAL.base());
        WebPage sentAway = browser.get("/app/clients?status=lead");
        assertThat(sentAway.status()).isEqualTo(303);
        assertThat(sentAway.header("Location")).isEqualTo("/app/sign-in?next=%2Fapp%2Fclients%3Fstatus%3Dlead");

        WebPage signedIn = browser.signingIn(agency.slug(), agency.ownerEmail(), Agency.PASSWORD,
                "/app/clients?status=lead");
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/app/clients?status=lead");
        assertThat(signedIn.header("Set-Cookie")).contains("portal_session=", "HttpOnly", "SameSite=Lax");
        assertThat(browser.get("/app/clients?status=lead").html()).doesNotContain("Harbor Bakery");
        assertThat(browser.get("/app/clients?status=onboarding").html()).contains("Harbor Bakery");

        for (String elsewhere : List.of("//evil.example/app", "https://evil.example/app", "/app\\..\\x", "/apps")) {
            WebBrowser other = new WebBrowser(PORTAL.base());
            assertThat(other.signingIn(agency.slug(), agency.ownerEmail(), Agency.PASSWORD, elsewhere)
                    .header("Location")).as(elsewhere).isEqualTo("/app");
        }

        WebPage signedOut = browser.post("/app/sign-out", Map.of("_csrf",
                browser.get("/app").csrfToken()));
        assertThat(signedOut.header("Location")).isEqualTo("/app/sign-in");
        assertThat(browser.get("/app").status()).isEqualTo(303);
    }

    @Test
    void aWrongPassword_isShownOnTheForm_withWhatWasTypedButThePassword() {
        WebBrowser browser = new WebBrowser(PORTAL.base());
        WebPage refused = browser.signingIn(agency.slug(), agency.ownerEmail(), "not it", "/app");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.html()).contains("id=\"sign-in-refusal\"", "value=\"" + agency.slug() + "\"",
                "value=\"" + agency.ownerEmail() + "\"").doesNotContain("not it");
    }

    @Test
    void everyFormRefusesAMissingOrForeignCsrfToken_andChangesNothing() {
        WebBrowser browser = signedIn();
        Map<String, String> move = new LinkedHashMap<>();
        move.put("_csrf", "forged");
        move.put("version", version());
        move.put("to", "active");
        WebPage forged = browser.post("/app/clients/" + clientId + "/moves", move);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.html()).contains("reload the page");
        assertThat(agency.owner().get("/api/v1/clients/" + clientId).json().path("status").asText())
                .isEqualTo("onboarding");

        WebBrowser stranger = new WebBrowser(PORTAL.base());
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("tenant", agency.slug());
        signIn.put("email", agency.ownerEmail());
        signIn.put("password", Agency.PASSWORD);
        assertThat(stranger.post("/app/sign-in", signIn).status()).isEqualTo(403);
        assertThat(stranger.post("/portal/sign-in", Map.of("link", "cpl_x")).status()).isEqualTo(403);
    }

    @Test
    void aMoveThroughThePage_isTheUseCasesMove_auditedWithTheRequestsId() {
        String client = agency.client("Moved by page").path("id").asText();
        WebBrowser browser = signedIn();
        WebPage page = browser.get("/app/clients/" + client);
        assertThat(page.html()).contains("value=\"onboarding\"", "value=\"offboarded\"");
        Map<String, String> move = new LinkedHashMap<>();
        move.put("_csrf", page.csrfToken());
        move.put("version", agency.owner().get("/api/v1/clients/" + client).json().path("version").asText());
        move.put("reason", "signed");
        move.put("to", "onboarding");
        WebPage moved = browser.post("/app/clients/" + client + "/moves", move, "X-Request-Id", "page-move-1");
        assertThat(moved.status()).isEqualTo(303);
        JsonNode event = agency.owner().get("/api/v1/audit-events?entityType=client&entityId=" + client).json()
                .path("items").get(0);
        assertThat(event.path("action").asText()).isEqualTo("client.transitioned");
        assertThat(event.path("requestId").asText()).isEqualTo("page-move-1");

        WebPage stale = browser.post("/app/clients/" + client + "/moves", move);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.html()).contains("id=\"move-refusal\"");
        move.put("version", "not a number");
        WebPage broken = browser.post("/app/clients/" + client + "/moves", move);
        assertThat(broken.status()).isEqualTo(400);
    }

    @Test
    void anotherAgencysRecords_andUnknownOnes_areNotFoundPages() {
        Agency other = PORTAL.newAgency();
        String theirs = other.client("Not yours").path("id").asText();
        WebBrowser browser = signedIn();
        for (String path : List.of("/app/clients/" + theirs, "/app/clients/00000000-0000-7000-8000-000000000000",
                "/app/tasks/NOPE-1", "/app/projects/" + theirs)) {
            WebPage answer = browser.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(path).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
            assertThat(answer.html()).as(path).contains("<h1>Not found</h1>");
        }
        assertThat(browser.get("/app/clients/not-an-id").status()).isIn(400, 404);
    }

    @Test
    void aViewerSeesThePages_butAMoveIsRefusedAsTheApiRefusesIt() {
        WebBrowser browser = agency.operatorInTheWebApp("viewer");
        WebPage page = browser.get("/app/clients/" + clientId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("href=\"/app/operators\"", "href=\"/app/api-keys\"");
        assertThat(signedIn().get("/app").html()).contains("href=\"/app/operators\"", "href=\"/app/api-keys\"");
        Map<String, String> move = new LinkedHashMap<>();
        move.put("_csrf", page.csrfToken());
        move.put("version", version());
        move.put("to", "active");
        WebPage refused = browser.post("/app/clients/" + clientId + "/moves", move);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(agency.owner().get("/api/v1/clients/" + clientId).json().path("status").asText())
                .isEqualTo("onboarding");
    }

    @Test
    void eachSurfaceTakesOnlyItsOwnSession() {
        WebBrowser contact = new WebBrowser(PORTAL.base());
        assertThat(contact.get("/portal").header("Location")).isEqualTo("/portal/sign-in");
        WebPage signInPage = contact.get("/portal/sign-in");
        Map<String, String> open = new LinkedHashMap<>();
        open.put("_csrf", signInPage.csrfToken());
        open.put("link", PORTAL.base() + "/portal/sign-in#token=" + agency.portalLink(contactId));
        WebPage opened = contact.post("/portal/sign-in", open);
        assertThat(opened.header("Location")).isEqualTo("/portal");
        assertThat(contact.get("/portal").html()).contains("Welcome, Dana Baker", "Website relaunch");
        assertThat(contact.get("/app").header("Location")).startsWith("/app/sign-in");
        assertThat(contact.get("/app/clients", "HX-Request", "true").header("HX-Redirect"))
                .startsWith("/app/sign-in");

        WebPage reused = new WebBrowser(PORTAL.base()).post("/portal/sign-in", open);
        assertThat(reused.status()).isEqualTo(403);
        WebBrowser late = new WebBrowser(PORTAL.base());
        open.put("_csrf", late.get("/portal/sign-in").csrfToken());
        WebPage used = late.post("/portal/sign-in", open);
        assertThat(used.status()).isEqualTo(401);
        assertThat(used.html()).contains("id=\"portal-refusal\"");

        WebBrowser operator = signedIn();
        assertThat(operator.get("/portal").header("Location")).isEqualTo("/portal/sign-in");
    }

    @Test
    void everyPage_carriesTheSecurityHeaders_andHoldsNoInlineScriptOrStyle() {
        WebBrowser operator = signedIn();
        WebBrowser contact = new WebBrowser(PORTAL.base());
        contact.openingPortal(agency.portalLink(contactId)).expect(303);
        Map<WebBrowser, List<String>> pages = Map.of(
                operator, List.of("/app", "/app/sign-in", "/app/clients", "/app/clients/" + clientId,
                        "/app/projects/" + projectId, "/app/tasks/" + taskKey, "/app/clients/" + clientId + "/contacts",
                        "/app/clients/" + clientId + "/handoff"),
                contact, List.of("/portal", "/portal/sign-in", "/portal/requests", "/portal/requests/new",
                        "/portal/projects/" + projectId, "/portal/search?q=website", "/portal/documents",
                        "/portal/reports"));
        pages.forEach((visitor, paths) -> paths.forEach(path -> {
            WebPage page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(INLINE_SCRIPT.matcher(page.html()).find()).as(path + " inline script").isFalse();
            assertThat(INLINE_STYLE_OR_HANDLER.matcher(page.html()).find()).as(path + " inline style").isFalse();
        }));
        for (String asset : List.of("/assets/htmx.min.js", "/assets/web.css", "/assets/portal-upload.js")) {
            assertThat(operator.get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(operator.get("/assets/nothing.js").status()).isEqualTo(404);
    }

    @Test
    void theClientList_answersHtmxWithItsRowsAlone() {
        WebBrowser browser = signedIn();
        WebPage rows = browser.get("/app/clients?q=harbor", "HX-Request", "true");
        assertThat(rows.html()).contains("Harbor Bakery").doesNotContain("<html", "<form");
        assertThat(browser.get("/app/clients?q=nomatchatall", "HX-Request", "true").html()).contains("No client matches");
        assertThat(browser.get("/app/clients?status=dormant").status()).isEqualTo(400);
    }

    @Test
    void contactsAreAddedAndGivenALink_thatOpensThePortal_untilTheyAreShutOut() {
        WebBrowser browser = signedIn();
        String client = agency.client("Contacts Co").path("id").asText();
        WebPage page = browser.get("/app/clients/" + client + "/contacts");
        assertThat(page.html()).contains("No contact yet");
        Map<String, String> add = new LinkedHashMap<>();
        add.put("_csrf", page.csrfToken());
        add.put("name", "Robin Reader");
        add.put("email", "not an email");
        add.put("rights", "request");
        WebPage refused = browser.post("/app/clients/" + client + "/contacts", add);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("value=\"Robin Reader\"", "class=\"field-error\"");
        add.put("email", "robin@contacts.test");
        assertThat(browser.post("/app/clients/" + client + "/contacts", add).status()).isEqualTo(303);
        JsonNode robin = agency.owner().get("/api/v1/clients/" + client + "/contacts").json().path("items").get(0);
        assertThat(robin.path("rights").toString()).contains("view", "request").doesNotContain("upload");

        String id = robin.path("id").asText();
        WebPage issued = browser.post("/app/contacts/" + id + "/portal-link", Map.of("_csrf", page.csrfToken()));
        assertThat(issued.status()).isEqualTo(200);
        String link = issued.html().replaceAll("(?s).*<code>([^<]*/portal/sign-in#token=[^<]*)</code>.*", "$1");
        assertThat(link).contains("#token=cpl_");
        WebBrowser robinsBrowser = new WebBrowser(PORTAL.base());
        assertThat(robinsBrowser.openingPortal(link).location()).isEqualTo("/portal");
        assertThat(robinsBrowser.get("/portal").status()).isEqualTo(200);

        assertThat(browser.post("/app/contacts/" + id + "/portal-access/revocation", Map.of("_csrf", page.csrfToken()))
                .status()).isEqualTo(303);
        assertThat(robinsBrowser.get("/portal").header("Location")).isEqualTo("/portal/sign-in");
        assertThat(browser.post("/app/contacts/" + id + "/removal", Map.of("_csrf", page.csrfToken())).status())
                .isEqualTo(303);
        assertThat(browser.get("/app/clients/" + client + "/contacts").html()).contains("No contact yet");
        assertThat(browser.post("/app/contacts/" + id + "/removal", Map.of("_csrf", page.csrfToken())).status())
                .isEqualTo(404);
    }

    @Test
    void theHandoffPage_holdsTheClientsWork_withInternalUpdatesMarked() {
        agency.owner().post("/api/v1/projects/" + projectId + "/updates", Map.of("body", "Kept in the agency"))
                .expect(201);
        String page = signedIn().get("/app/clients/" + clientId + "/handoff").html();
        assertThat(page).contains("Handoff: Harbor Bakery", "Dana Baker", "Kept in the agency", "internal",
                "href=\"/app/tasks/" + taskKey + "\"");
    }

    @Test
    void theDashboard_putsRequestsWhoseSlaIsBreachedFirst_apartFromTheRestOfTheQueue() throws Exception {
        Agency fresh = PORTAL.newAgency();
        WebBrowser browser = fresh.inTheWebApp(fresh.ownerEmail());
        assertThat(browser.get("/app").html()).contains("Every client request is on track");

        String client = fresh.client("Late Co", "onboarding").path("id").asText();
        String project = fresh.project(client, "Late site").path("id").asText();
        fresh.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        String contact = fresh.contact(client, "Lee Late", "view", "request").path("id").asText();
        String key = fresh.owner().openPortal(fresh.portalLink(contact))
                .post("/portal/api/v1/requests", Map.of("kind", "question", "title", "Where is it?"))
                .expect(201).json().path("key").asText();
        try (Connection admin = PORTAL.connectAsAdmin(); Statement statement = admin.createStatement()) {
            statement.executeUpdate("update portal.request_clocks set started_at = now() - interval '30 days'"
                    + " where request_key = '" + key + "'");
        }
        String dashboard = browser.get("/app").html();
        String sla = dashboard.substring(dashboard.indexOf("id=\"sla-title\""), dashboard.indexOf("id=\"queue-title\""));
        String rest = dashboard.substring(dashboard.indexOf("id=\"queue-title\""));
        assertThat(sla).contains(key, "sla breached");
        assertThat(rest).doesNotContain("sla breached");
    }

    private static WebBrowser signedIn() {
        return agency.inTheWebApp(agency.ownerEmail());
    }

    private static String version() {
        return agency.owner().get("/api/v1/clients/" + clientId).json().path("version").asText();
    }
}
