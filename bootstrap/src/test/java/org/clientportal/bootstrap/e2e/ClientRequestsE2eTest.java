package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: a client's contact files task requests and asks, the agency accepts,
 * declines, classifies, drafts and replies, and the contact follows it all in the portal.
 */
class ClientRequestsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final String MARKER = "INTERNALMARKER";

    private static Agency agency;
    private static ApiClient ada;
    private static ApiClient viewer;
    private static ApiClient gus;
    private static String site;
    private static String internalProject;
    private static String globexSite;

    @BeforeAll
    static void twoClientsWithSharedProjects() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        site = shared(agency.project(acme, "Website").path("id").asText());
        internalProject = agency.project(acme, "Margins " + MARKER).path("id").asText();
        String globex = agency.client("Globex", "onboarding").path("id").asText();
        globexSite = shared(agency.project(globex, "Globex site").path("id").asText());
        ada = contact(acme, "Ada Buyer", "request");
        viewer = contact(acme, "Vic Viewer");
        gus = contact(globex, "Gus", "request");
    }

    private static String shared(String project) {
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        return project;
    }

    private static ApiClient contact(String client, String name, String... rights) {
        return agency.owner().openPortal(agency.portalLink(agency.contact(client, name, rights).path("id").asText()));
    }

    private static JsonNode file(ApiClient contact, String project, String kind, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title));
        if (project != null) {
            body.put("projectId", project);
        }
        return contact.post("/portal/api/v1/requests", body).expect(201).json();
    }

    @Test
    void aTaskRequest_isAcceptedOrDeclined_andTheContactSeesTheStatusAndTheReason() {
        String accepted = file(ada, site, "task", "Pricing page").path("key").asText();
        String declined = file(ada, site, "task", "Mobile app").path("key").asText();
        JsonNode task = agency.owner().get("/api/v1/tasks/" + accepted).expect(200).json();
        assertThat(task.path("status").asText()).isEqualTo("requested");
        assertThat(task.path("source").asText()).isEqualTo("portal");
        assertThat(task.path("visibility").asText()).isEqualTo("client");

        agency.move("tasks", accepted, "open");
        agency.owner().post("/api/v1/tasks/" + declined + "/transitions", Map.of("to", "cancelled"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/tasks/" + declined + "/transitions", Map.of("to", "cancelled", "reason",
                "Not in this contract")).expect(200);

        JsonNode seen = viewer.get("/portal/api/v1/requests/" + declined).expect(200).json();
        assertThat(seen.path("status").asText()).isEqualTo("cancelled");
        assertThat(seen.path("declineReason").asText()).isEqualTo("Not in this contract");
        assertThat(viewer.get("/portal/api/v1/requests/" + accepted).expect(200).json().path("status").asText())
                .isEqualTo("open");
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=task&entityId=" + task.path("id").asText())
                .expect(200).json().path("items")).extracting(e -> e.path("action").asText())
                .contains("request.filed", "task.transitioned");
    }

    @Test
    void anAsk_isClassifiedAsABug_getsALinkedTask_andAReplyTheContactSees() {
        JsonNode filed = file(ada, site, "bug", "Checkout fails");
        String key = filed.path("key").asText();
        assertThat(filed.path("classification").asText()).isEqualTo("unclassified");
        agency.owner().get("/api/v1/tasks/" + key).expectProblem(404, "not-found");
        assertThat(agency.owner().get("/api/v1/asks?classified=false").expect(200).json().path("items"))
                .extracting(a -> a.path("key").asText()).contains(key);

        JsonNode classified = agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "bug"))
                .expect(200).json();
        String taskKey = classified.path("taskKey").asText();
        assertThat(classified.path("taskStatus").asText()).isEqualTo("open");
        assertThat(agency.owner().get("/api/v1/tasks/" + taskKey).expect(200).json().path("source").asText())
                .isEqualTo("ask");
        agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "question"))
                .expectProblem(409, "ask.classification-not-allowed");
        agency.owner().post("/api/v1/asks/" + key + "/replies", Map.of("body", "Fixed tomorrow")).expect(201);

        JsonNode seen = ada.get("/portal/api/v1/requests/" + key).expect(200).json();
        assertThat(seen.path("classification").asText()).isEqualTo("bug");
        assertThat(seen.path("taskKey").asText()).isEqualTo(taskKey);
        assertThat(seen.path("replies")).extracting(r -> r.path("body").asText()).containsExactly("Fixed tomorrow");
        assertThat(seen.has("author") || seen.path("replies").get(0).has("author")).isFalse();
        JsonNode asks = agency.owner().get("/api/v1/audit-events?entityType=ask&entityId="
                + agency.owner().get("/api/v1/asks/" + key).expect(200).json().path("id").asText()).expect(200).json();
        assertThat(asks.path("items")).extracting(e -> e.path("action").asText())
                .containsExactlyInAnyOrder("request.filed", "ask.classified", "ask.reply-published");
    }

    /**
     * The draft's context is read in the portal's transaction for the ask's client: internal updates,
     * internal comments, internal tasks and another client's records, all holding the marker, never
     * reach it, while what the client sees does.
     */
    @Test
    void aReplyDraft_neverQuotesAnInternalRecord() {
        String key = file(ada, site, "question", "When is launch?").path("key").asText();
        String taskKey = agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "task"))
                .expect(200).json().path("taskKey").asText();
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Launch is in May", "visibility",
                "client")).expect(201);
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", MARKER + " the client pays late"))
                .expect(201);
        agency.owner().post("/api/v1/tasks/" + taskKey + "/comments", Map.of("body", MARKER + " comment")).expect(201);
        agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", MARKER + " task")).expect(201);
        agency.owner().post("/api/v1/projects/" + internalProject + "/updates", Map.of("body", MARKER + " elsewhere",
                "visibility", "client")).expect(201);
        agency.owner().post("/api/v1/projects/" + globexSite + "/updates", Map.of("body", MARKER + " globex",
                "visibility", "client")).expect(201);

        String draft = agency.owner().post("/api/v1/asks/" + key + "/reply-drafts").expect(201).json().path("body")
                .asText();

        assertThat(draft).contains("Ada Buyer", "When is launch?", key, "Website", taskKey, "Launch is in May")
                .doesNotContain(MARKER);
        assertThat(agency.owner().get("/api/v1/asks/" + key).expect(200).json().path("replies")).isEmpty();
        agency.owner().post("/api/v1/asks/" + key + "/replies", Map.of("body", draft + "\nSee you then.")).expect(201);
        assertThat(ada.get("/portal/api/v1/requests/" + key).expect(200).json().path("replies").get(0)
                .path("body").asText()).endsWith("See you then.");
    }

    @Test
    void aViewOnlyContact_isRefused_andHiddenProjectsOrOtherClientsRequestsAre404() {
        viewer.post("/portal/api/v1/requests", Map.of("kind", "bug", "title", "x"))
                .expectProblem(403, "portal-right-missing");
        for (String project : List.of(internalProject, globexSite, "00000000-0000-7000-8000-000000000000")) {
            ada.post("/portal/api/v1/requests", Map.of("projectId", project, "kind", "task", "title", "x"))
                    .expectProblem(404, "not-found");
        }
        String theirs = file(gus, globexSite, "question", "Globex's").path("key").asText();
        ada.get("/portal/api/v1/requests/" + theirs).expectProblem(404, "not-found");
        assertThat(ada.get("/portal/api/v1/requests?limit=100").expect(200).json().path("items"))
                .extracting(r -> r.path("key").asText()).doesNotContain(theirs);
        Agency other = PORTAL.newAgency();
        other.owner().get("/api/v1/asks/" + theirs).expectProblem(404, "not-found");
    }

    @Test
    void badInput_isAClearProblem_neverA5xx() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("kind", "wish", "title", "x"),
                Map.<String, Object>of("kind", "bug", "title", " "), Map.<String, Object>of("kind", "bug", "title",
                        "x".repeat(201)), Map.<String, Object>of("kind", "task", "title", "no project"),
                Map.<String, Object>of("kind", "bug", "title", "x", "projectId", "nope"))) {
            ada.post("/portal/api/v1/requests", bad).expectProblem(400, "validation");
        }
        ada.post("/portal/api/v1/requests", Map.of("kind", "bug", "title", "x", "status", "open"))
                .expectProblem(400, "validation");
        ada.post("/portal/api/v1/requests", Map.of("kind", "bug", "title", "x", "priority", "high"))
                .expectProblem(400, "validation");
        assertThat(ada.post("/portal/api/v1/requests", Map.of("kind", "bug", "title", 123)).expectClientErrorProblem()
                .path("status").asInt()).isEqualTo(400);
        String key = file(ada, null, "question", "Bad input").path("key").asText();
        agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "urgent"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "bug"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/asks/" + key + "/classification", Map.of("as", "bug", "projectId", globexSite))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/asks/" + key + "/replies", Map.of("body", "")).expectProblem(400, "validation");
        agency.owner().get("/api/v1/asks?classified=yes").expectProblem(400, "validation");
        agency.owner().get("/api/v1/asks/not-a-key").expectProblem(404, "not-found");
        ada.get("/api/v1/asks").expectProblem(401, "unauthenticated");
        agency.owner().get("/portal/api/v1/requests").expectProblem(401, "unauthenticated");
        agency.apiKey("viewer").post("/api/v1/asks/" + key + "/classification", Map.of("as", "question"))
                .expectProblem(403, "forbidden");
    }

    @Test
    void anIdempotencyKey_replaysAFiledRequest_andCreatesItOnce() {
        Map<String, Object> body = Map.of("kind", "question", "title", "Once only");
        JsonNode first = ada.call("POST", "/portal/api/v1/requests").idempotencyKey("req-1").json(body)
                .send().expect(201).json();
        JsonNode again = ada.call("POST", "/portal/api/v1/requests").idempotencyKey("req-1").json(body)
                .send().expect(201).json();

        assertThat(again.path("key").asText()).isEqualTo(first.path("key").asText());
        assertThat(ada.get("/portal/api/v1/requests?limit=100").expect(200).json().path("items"))
                .filteredOn(r -> r.path("title").asText().equals("Once only")).hasSize(1);
    }

    /** Asks and tasks filed at once take the client's numbers without a gap or a repeat. */
    @Test
    void requestsFiledAtOnce_getGapFreeUniqueKeys() throws Exception {
        String beta = agency.client("Beta", "onboarding").path("id").asText();
        String betaSite = shared(agency.project(beta, "Beta site").path("id").asText());
        ApiClient bea = contact(beta, "Bea", "request");
        Set<String> keys = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String kind = i % 3 == 0 ? "task" : "bug";
                int n = i;
                done.add(pool.submit(() -> keys.add(kind.equals("task")
                        ? file(bea, betaSite, "task", "Request " + n).path("key").asText()
                        : n % 2 == 0 ? file(bea, null, "bug", "Bug " + n).path("key").asText()
                        : agency.owner().post("/api/v1/tasks", Map.of("projectId", betaSite, "title", "Op " + n))
                                .expect(201).json().path("key").asText())));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String prefix = agency.owner().get("/api/v1/clients/" + beta).expect(200).json().path("taskKeyPrefix").asText();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            expected.add(prefix + "-" + n);
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        agency.owner().patch("/api/v1/clients/" + beta, Map.of("taskKeyPrefix", "BETANEW"))
                .expectProblem(409, "client.task-key-prefix-in-use");
    }
}
