package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.Chromium;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web app in a real browser, as its people use it: a client's contact opens the portal from
 * their link and asks for work with a file attached; an operator signs in, accepts the request and
 * posts an update for the client and an internal note; the contact sees the update, and the internal
 * note appears on no page of the portal. Screenshots of each page are kept (target/screenshots).
 */
class WebAppInTheBrowserE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();
    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final String INTERNAL_NOTE = "Internal: their budget is nearly spent, keep it short";
    private static final String SHARED_UPDATE = "The new homepage design is ready for your review";

    private static Agency agency;
    private static String clientId;
    private static String projectId;
    private static String contactId;

    @BeforeAll
    static void anAgencyWithAClientAndASharedProject() {
        agency = PORTAL.newAgency();
        clientId = agency.client("Harbor Bakery", "onboarding", "active").path("id").asText();
        projectId = agency.project(clientId, "Website relaunch", "active").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + projectId, Map.of("visibility", "client")).expect(200);
        contactId = agency.contact(clientId, "Dana Baker", "view", "request", "upload").path("id").asText();
    }

    @Test
    void theContactsRequestWithAFile_isAcceptedAndAnswered_andTheInternalNoteNeverReachesThePortal() {
        Page contact = CHROMIUM.newPerson(false);
        contact.navigate(portalLink());
        contact.waitForURL("**/portal");
        assertThat(contact.locator("h1").textContent()).isEqualTo("Welcome, Dana Baker");
        assertThat(contact.url()).doesNotContain("token");
        Chromium.screenshot(contact, "portal-home");

        contact.click("text=Ask for something");
        contact.check("input[name=kind][value=task]");
        contact.selectOption("#projectId", projectId);
        contact.fill("#title", "Add our opening hours to the homepage");
        contact.fill("#description", "Mon–Sat 7:00–18:00, closed on Sundays.");
        contact.setInputFiles("#files", new FilePayload("hours.txt", "text/plain",
                "Mon-Sat 7-18".getBytes(StandardCharsets.UTF_8)));
        assertThat(contact.locator("[data-chosen]").textContent()).contains("hours.txt");
        Chromium.screenshot(contact, "portal-new-request");
        contact.click("button:has-text('Send request')");
        contact.waitForURL(Pattern.compile(".*/portal/requests/[A-Z0-9]+-[0-9]+$"));
        String requestKey = contact.url().substring(contact.url().lastIndexOf('/') + 1);
        assertThat(contact.locator("#standing").textContent()).isEqualTo("requested");
        assertThat(contact.locator(".files").textContent()).contains("hours.txt");
        Chromium.screenshot(contact, "portal-request");

        Page operator = CHROMIUM.newPerson(false);
        signIn(operator, Agency.PASSWORD);
        assertThat(operator.locator("h1").textContent()).isEqualTo("Dashboard");
        assertThat(operator.locator("main").textContent()).contains("request awaiting acceptance");
        Chromium.screenshot(operator, "app-dashboard");
        operator.click("a:has-text('" + requestKey + "')");
        operator.waitForURL("**/app/tasks/" + requestKey);
        assertThat(operator.locator(".files").textContent()).contains("hours.txt");
        Chromium.screenshot(operator, "app-task-request");
        operator.click("button:has-text('Accept')");
        operator.waitForURL("**/app/tasks/" + requestKey);
        assertThat(operator.locator(".status").first().textContent()).isEqualTo("open");

        operator.navigate(PORTAL.base() + "/app/projects/" + projectId);
        postUpdate(operator, INTERNAL_NOTE, "internal");
        postUpdate(operator, SHARED_UPDATE, "client");
        assertThat(operator.locator("#updates li.internal").textContent()).contains(INTERNAL_NOTE, "internal");
        assertThat(operator.locator("#updates li.shared").textContent()).contains(SHARED_UPDATE, "client can see");
        Chromium.screenshot(operator, "app-project");

        contact.navigate(PORTAL.base() + "/portal");
        assertThat(contact.locator(".feed").textContent()).contains(SHARED_UPDATE);
        contact.navigate(PORTAL.base() + "/portal/requests/" + requestKey);
        assertThat(contact.locator("#standing").textContent()).isEqualTo("open");
        for (String page : List.of("/portal", "/portal/requests", "/portal/requests/" + requestKey,
                "/portal/requests/new", "/portal/projects/" + projectId)) {
            assertThat(contact.navigate(PORTAL.base() + page).status()).as(page).isEqualTo(200);
            assertThat(contact.content()).as(page).doesNotContain(INTERNAL_NOTE);
        }
        Chromium.screenshot(contact, "portal-project");
        assertThat(Chromium.consoleErrors(contact)).isEmpty();
        assertThat(Chromium.consoleErrors(operator)).isEmpty();
    }

    @Test
    void badInputIsShownNextToWhatWasWrong() {
        Page operator = CHROMIUM.newPerson(false);
        signIn(operator, "not the password");
        assertThat(operator.url()).endsWith("/app/sign-in");
        assertThat(operator.locator("#sign-in-refusal").textContent()).isNotBlank();
        Chromium.screenshot(operator, "app-sign-in-refused");

        Page contact = CHROMIUM.newPerson(true);
        String link = portalLink();
        contact.navigate(link);
        contact.waitForURL("**/portal");
        contact.navigate(PORTAL.base() + "/portal/requests/new");
        contact.check("input[name=kind][value=task]");
        contact.fill("#title", "Work on no project");
        contact.click("button:has-text('Send request')");
        assertThat(contact.locator("#error-projectId").textContent()).isNotBlank();
        assertThat(contact.locator("#request-refusal").isVisible()).isTrue();
        Chromium.screenshot(contact, "portal-new-request-refused-phone");

        Page stranger = CHROMIUM.newPerson(false);
        stranger.navigate(link);
        stranger.waitForURL("**/portal/sign-in");
        assertThat(stranger.locator("#portal-refusal").textContent()).containsIgnoringCase("used");
    }

    private static void signIn(Page operator, String password) {
        operator.navigate(PORTAL.base() + "/app/sign-in");
        operator.fill("#tenant", agency.slug());
        operator.fill("#email", agency.ownerEmail());
        operator.fill("#password", password);
        operator.click("button:has-text('Sign in')");
        operator.waitForLoadState();
    }

    private static void postUpdate(Page operator, String body, String visibility) {
        operator.fill("#body", body);
        operator.check("input[name=visibility][value=" + visibility + "]");
        operator.click("button:has-text('Post update')");
        operator.waitForURL("**/app/projects/" + projectId + "#updates");
    }

    /** The link the contact's email holds, pointed at this test's portal. */
    private static String portalLink() {
        JsonNode link = agency.owner().post("/api/v1/contacts/" + contactId + "/portal-links").expect(201).json();
        String url = link.path("url").asText();
        return PORTAL.base() + url.substring(url.indexOf("/portal/sign-in"));
    }
}
