package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
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
 * Over HTTP, on PostgreSQL: an operator triages the clients' asks in the web app — the inbox, an
 * ask's files, classifying it, drafting and publishing a reply — and the API shows what the pages did.
 */
class AskPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static ApiClient ada;
    private static String site;
    private static WebBrowser owner;

    @BeforeAll
    static void aClientWithASharedProjectAndAContactWhoFilesAsks() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada Buyer", "request")
                .path("id").asText()));
        owner = agency.inTheWebApp(agency.ownerEmail());
    }

    private static String file(String project, String kind, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title));
        if (project != null) {
            body.put("projectId", project);
        }
        return ada.post("/portal/api/v1/requests", body).expect(201).json().path("key").asText();
    }

    /** Sends the classification form as {@code ask} showed it, version included. */
    private static WebPage classify(WebBrowser who, WebPage ask, String key, String as) {
        return who.submit(ask, "/app/asks/" + key + "/classification", Map.of("as", as, "projectId", "",
                "version", ask.version()));
    }

    private static JsonNode askOverApi(String key) {
        return agency.owner().get("/api/v1/asks/" + key).expect(200).json();
    }

    @Test
    void theInbox_listsUnclassifiedAsks_andAClassifiedOneLeavesIt() {
        String key = file(site, "question", "Where is the invoice?");

        WebPage inbox = owner.get("/app/asks").expect(200);
        assertThat(inbox.html()).contains("href=\"/app/asks\"", "href=\"/app/asks/" + key + "\"");
        assertThat(inbox.text()).contains("Where is the invoice?", "Ada Buyer", "unclassified");

        WebPage ask = owner.get("/app/asks/" + key).expect(200);
        assertThat(ask.buttons("as")).containsExactly("task", "bug", "question", "not_actionable");
        WebPage classified = classify(owner, ask, key, "question");

        assertThat(classified.expect(200).path()).isEqualTo("/app/asks/" + key);
        assertThat(classified.text()).contains("Classified as question");
        assertThat(askOverApi(key).path("classification").asText()).isEqualTo("question");
        assertThat(owner.get("/app/asks").text()).doesNotContain("Where is the invoice?");
        assertThat(owner.get("/app/asks?classified=true").text()).contains("Where is the invoice?");
    }

    @Test
    void classifyingAsWork_makesATask_andTheAskLinksIt() {
        String key = file(site, "bug", "The form breaks");
        WebPage ask = owner.get("/app/asks/" + key);

        WebPage classified = classify(owner, ask, key, "bug");

        String taskKey = askOverApi(key).path("taskKey").asText();
        assertThat(taskKey).isNotEmpty();
        assertThat(classified.html()).contains("href=\"/app/tasks/" + taskKey + "\"");
        assertThat(classified.buttons("as")).isEmpty();
    }

    @Test
    void anAskWithoutAProject_classifiedAsATaskWithoutOne_isRefusedBesideTheProjectField_asTheApiRefusesIt() {
        String key = file(null, "question", "Can you build an app?");
        WebPage ask = owner.get("/app/asks/" + key);

        WebPage refused = classify(owner, ask, key, "task");

        int apiStatus = agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "task"))
                .expectClientErrorProblem().path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"classify-refusal\"", "class=\"field-error\"");
        assertThat(refused.text()).contains("the task made of it needs one");
        assertThat(askOverApi(key).path("classification").asText()).isEqualTo("unclassified");
    }

    @Test
    void aClassificationFromAStalePage_isRefused412_asAStaleIfMatchIs() {
        String key = file(site, "question", "Two operators at once");
        WebPage stale = owner.get("/app/asks/" + key);
        classify(owner, stale, key, "question").expect(200);

        WebPage refused = classify(owner, stale, key, "not_actionable");

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.html()).contains("id=\"classify-refusal\"");
        assertThat(askOverApi(key).path("classification").asText()).isEqualTo("question");
    }

    @Test
    void aDraftedReply_isShownToEdit_andTheEditedReplyIsPublished() {
        String key = file(site, "question", "When is launch?");
        WebPage ask = owner.get("/app/asks/" + key);

        WebPage drafted = owner.submit(ask, "/app/asks/" + key + "/reply-drafts", Map.of()).expect(200);

        String draft = drafted.textarea("body");
        assertThat(draft).contains("Ada Buyer", "When is launch?")
                .isEqualTo(agency.owner().post("/api/v1/asks/" + key + "/reply-drafts").expect(201).json()
                        .path("body").asText());
        assertThat(askOverApi(key).path("replies")).isEmpty();

        WebPage published = owner.submit(drafted, "/app/asks/" + key + "/replies",
                Map.of("body", draft + "\nSee you then."));

        assertThat(published.expect(200).text()).contains("See you then.");
        assertThat(askOverApi(key).path("replies").get(0).path("body").asText()).endsWith("See you then.");
        assertThat(ada.get("/portal/api/v1/requests/" + key).expect(200).json().path("replies")).hasSize(1);
    }

    @Test
    void anEmptyReply_isRefusedBesideItsField() {
        String key = file(site, "question", "Anyone there?");

        WebPage refused = owner.submit(owner.get("/app/asks/" + key), "/app/asks/" + key + "/replies",
                Map.of("body", "  "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"reply-refusal\"", "class=\"field-error\"");
        assertThat(askOverApi(key).path("replies")).isEmpty();
    }

    @Test
    void anAsksFiles_areListedWithDownloadButtons() {
        String key = file(site, "bug", "See the screenshot");
        String fileId = agency.owner().call("POST", "/api/v1/asks/" + key + "/attachments")
                .bytes(Multipart.CONTENT_TYPE, new Multipart().file("screenshot.txt", "pixels").bytes()).send()
                .expect(201).json().path("items").get(0).path("id").asText();
        WebPage ask = owner.get("/app/asks/" + key);
        assertThat(ask.text()).contains("screenshot.txt");

        WebPage download = owner.post("/app/attachments/" + fileId + "/download", Map.of("_csrf", ask.csrfToken()));

        assertThat(download.status()).isEqualTo(303);
        assertThat(download.location()).isNotEmpty().doesNotStartWith("/app");
    }

    @Test
    void aFormWithAWrongToken_isRefused403_andChangesNothing() {
        String key = file(site, "question", "Forged?");

        WebPage refused = owner.post("/app/asks/" + key + "/replies", Map.of("_csrf", "forged", "body", "Hello"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(askOverApi(key).path("replies")).isEmpty();
    }

    @Test
    void aViewer_mayReadAnAsk_butTheirClassificationIsRefused403() {
        String key = file(site, "question", "Read only");
        WebBrowser viewer = agency.operatorInTheWebApp("viewer");
        WebPage ask = viewer.get("/app/asks/" + key).expect(200);

        WebPage refused = classify(viewer, ask, key, "question");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(askOverApi(key).path("classification").asText()).isEqualTo("unclassified");
    }

    @Test
    void aFilterOrCursorTheApiRefuses_isA400Page() {
        assertThat(owner.get("/app/asks?classified=maybe").status()).isEqualTo(400);
        assertThat(owner.get("/app/asks?cursor=not-a-cursor").status()).isEqualTo(400);
    }

    @Test
    void anUnknownAsk_isA404Page_andATasksKeyNamesNoAsk() {
        assertThat(owner.get("/app/asks/ZZ-999").status()).isEqualTo(404);
        String taskKey = agency.task(site, "Internal work").path("key").asText();
        assertThat(owner.get("/app/asks/" + taskKey).status()).isEqualTo(404);
    }

    @Test
    void theDashboardsQueue_linksAnUnclassifiedAskToItsPage_andPagesCarryNoInlineStyle() {
        String key = file(site, "question", "Queue me");

        WebPage dashboard = owner.get("/app").expect(200);

        assertThat(dashboard.html()).contains("href=\"/app/asks/" + key + "\"");
        assertThat(dashboard.header("Content-Security-Policy")).contains("style-src 'self'");
        assertThat(owner.get("/app/asks/" + key).html()).doesNotContain("style=");
    }
}
