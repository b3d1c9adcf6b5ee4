package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.Multipart;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's list of every file, over HTTP on PostgreSQL: the API and the page show the files of
 * a shared task and of the client's request, never those of an internal task or an internal update,
 * newest first and in pages; operators' sessions do not open it.
 */
class PortalFilesListE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static String sharedTask;
    private static String request;
    private static ApiClient contact;
    private static WebBrowser browser;

    @BeforeAll
    static void filesOnSharedAndInternalRecords() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String project = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        sharedTask = taskKey(project, "Logo", "client");
        String internalTask = taskKey(project, "Margin check", "internal");
        String internalUpdate = agency.owner().post("/api/v1/projects/" + project + "/updates",
                Map.of("body", "Budget talk", "visibility", "internal")).expect(201).json().path("id").asText();
        String contactId = agency.contact(acme, "Ada Buyer", "view", "request").path("id").asText();
        contact = agency.owner().openPortal(agency.portalLink(contactId));
        request = contact.post("/portal/api/v1/requests", Map.of("kind", "question", "title", "Which fonts?"))
                .expect(201).json().path("key").asText();
        attach("/api/v1/tasks/" + sharedTask, "logo.txt");
        attach("/api/v1/tasks/" + internalTask, "margin.txt");
        attach("/api/v1/updates/" + internalUpdate, "budget.txt");
        attach("/api/v1/asks/" + request, "fonts.txt");
        browser = new WebBrowser(PORTAL.base());
        browser.openingPortal(agency.portalLink(contactId)).expect(303);
    }

    @Test
    void theApi_listsExactlyTheVisibleFiles_newestFirst_inPages() {
        List<JsonNode> files = new ArrayList<>();
        String next = "/portal/api/v1/files?limit=1";
        int pages = 0;
        while (next != null) {
            JsonNode page = contact.get(next).expect(200).json();
            page.path("items").forEach(files::add);
            pages++;
            next = page.path("nextCursor").isNull() ? null
                    : "/portal/api/v1/files?limit=1&cursor=" + page.path("nextCursor").asText();
        }

        assertThat(pages).isEqualTo(2);
        assertThat(files).extracting(f -> f.path("file").path("name").asText()).containsExactly("fonts.txt", "logo.txt");
        assertThat(files).extracting(f -> f.path("parentKey").asText()).containsExactly(request, sharedTask);
        contact.get("/portal/api/v1/files?cursor=not-a-cursor").expect(400);
    }

    @Test
    void thePage_listsTheSameFiles_linkedToTheirPages_withTheirDownloadForms() {
        WebPage page = browser.get("/portal/files").expect(200);

        assertThat(page.html()).contains("fonts.txt", "logo.txt", "href=\"/portal/requests/" + request + "\"",
                        "href=\"/portal/tasks/" + sharedTask + "\"", "/download\"", "href=\"/portal/files\"")
                .doesNotContain("margin.txt", "budget.txt");
    }

    @Test
    void anOperatorsSession_doesNotOpenThePortalsList() {
        agency.owner().get("/portal/api/v1/files").expect(401);
        WebPage page = agency.inTheWebApp(agency.ownerEmail()).get("/portal/files");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/portal");
    }

    private static String taskKey(String project, String title, String visibility) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", title,
                "visibility", visibility)).expect(201).json().path("key").asText();
    }

    private static void attach(String parent, String name) {
        agency.owner().call("POST", parent + "/attachments")
                .bytes(Multipart.CONTENT_TYPE, new Multipart().file(name, "content of " + name).bytes()).send()
                .expect(201);
    }
}
