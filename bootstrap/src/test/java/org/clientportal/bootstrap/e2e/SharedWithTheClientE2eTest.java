package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: an operator shares a project, some of its milestones and some updates;
 * the client's contact sees exactly those, and an internal record's id answers 404 like one that
 * does not exist.
 */
class SharedWithTheClientE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static ApiClient contact;
    private static String shared;
    private static String internal;
    private static String othersProject;

    @BeforeAll
    static void anAgencyWithASharedAndAnInternalProject() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        shared = agency.project(acme, "Website").path("id").asText();
        internal = agency.project(acme, "Pitch for more work").path("id").asText();
        String globex = agency.client("Globex", "onboarding").path("id").asText();
        othersProject = agency.project(globex, "Globex site").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + shared, Map.of("visibility", "client")).expect(200);
        agency.owner().patch("/api/v1/projects/" + othersProject, Map.of("visibility", "client")).expect(200);
        agency.owner().put("/api/v1/projects/" + shared + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "design", "title", "Design sign-off", "visibility", "client"),
                Map.of("key", "margin-check", "title", "Check the margin"),
                Map.of("key", "launch", "title", "Launch", "visibility", "client")))).expect(200);
        post(shared, "Design approved", "client");
        post(shared, "Client pays late, chase them", null);
        post(internal, "Shared note on an internal project", "client");
        post(othersProject, "For Globex only", "client");
        contact = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada Buyer").path("id").asText()));
    }

    private static void post(String project, String body, String visibility) {
        Map<String, Object> update = new java.util.HashMap<>();
        update.put("body", body);
        if (visibility != null) {
            update.put("visibility", visibility);
        }
        agency.owner().post("/api/v1/projects/" + project + "/updates", update).expect(201);
    }

    @Test
    void theContact_listsTheSharedProjectOnly_withItsSharedMilestones() {
        JsonNode page = contact.get("/portal/api/v1/projects").expect(200).json();

        assertThat(page.path("items")).extracting(p -> p.path("id").asText()).containsExactly(shared);
        JsonNode project = contact.get("/portal/api/v1/projects/" + shared).expect(200).json();
        assertThat(project.path("milestones")).extracting(m -> m.path("key").asText()).containsExactly("design", "launch");
        assertThat(project.has("visibility")).isFalse();
        assertThat(project.has("version")).isFalse();
    }

    @Test
    void anInternalProject_orAnotherClients_is404_likeOneThatDoesNotExist() {
        for (String id : List.of(internal, othersProject, "00000000-0000-7000-8000-000000000000", "nope")) {
            contact.get("/portal/api/v1/projects/" + id).expectProblem(404, "not-found");
        }
        assertThat(contact.get("/portal/api/v1/updates?projectId=" + internal).expect(200).json().path("items"))
                .isEmpty();
        assertThat(contact.get("/portal/api/v1/updates?projectId=" + othersProject).expect(200).json().path("items"))
                .isEmpty();
    }

    @Test
    void theContact_readsOnlyTheClientVisibleUpdatesOfSharedProjects() {
        JsonNode updates = contact.get("/portal/api/v1/updates").expect(200).json();

        assertThat(updates.path("items")).extracting(u -> u.path("body").asText()).containsExactly("Design approved");
        assertThat(updates.path("items").get(0).path("authorName").asText()).isNotBlank();
        assertThat(updates.path("items").get(0).has("author")).isFalse();
    }

    @Test
    void takingAProjectBack_hidesIt_andItsUpdates_atOnce() {
        String acme = agency.client("Hooli", "onboarding").path("id").asText();
        String project = agency.project(acme, "Short-lived").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        post(project, "Soon hidden", "client");
        ApiClient hooli = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Hal").path("id").asText()));
        hooli.get("/portal/api/v1/projects/" + project).expect(200);

        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "internal")).expect(200);

        hooli.get("/portal/api/v1/projects/" + project).expectProblem(404, "not-found");
        assertThat(hooli.get("/portal/api/v1/updates").expect(200).json().path("items")).isEmpty();
    }

    private static String task(String project, String title, String visibility) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", title, "visibility", visibility))
                .expect(201).json().path("key").asText();
    }

    @Test
    void theContact_readsOnlyClientVisibleTasksOfSharedProjects_withoutTheAgencysFields() {
        String shown = task(shared, "Logo", "client");
        List<String> hidden = List.of(task(shared, "Check the margin", "internal"),
                task(internal, "Pitch deck", "client"), task(othersProject, "Globex logo", "client"));

        JsonNode page = contact.get("/portal/api/v1/tasks?status=open").expect(200).json();
        assertThat(page.path("items")).extracting(t -> t.path("key").asText()).contains(shown)
                .doesNotContainAnyElementsOf(hidden);
        JsonNode task = contact.get("/portal/api/v1/tasks/" + shown).expect(200).json();
        assertThat(task.path("title").asText()).isEqualTo("Logo");
        for (String agencysOwn : List.of("assigneeId", "visibility", "version", "clientId", "allowedTransitions")) {
            assertThat(task.has(agencysOwn)).as(agencysOwn).isFalse();
        }
        for (String key : hidden) {
            contact.get("/portal/api/v1/tasks/" + key).expectProblem(404, "not-found");
        }
        assertThat(contact.get("/portal/api/v1/tasks?projectId=" + internal).expect(200).json().path("items")).isEmpty();
        contact.get("/portal/api/v1/tasks?status=someday").expectProblem(400, "validation");
    }

    @Test
    void sharingAndUnsharing_areAuditedAsActsOfTheirOwn() {
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=project&entityId=" + shared).expect(200)
                .json();

        assertThat(events.path("items")).extracting(e -> e.path("action").asText()).contains("project.visibility-changed");
    }

    @Test
    void anUpdateMadeClientVisible_appearsForTheContact_andIsAudited() {
        JsonNode update = agency.owner().post("/api/v1/projects/" + shared + "/updates", Map.of("body", "Now shared"))
                .expect(201).json();
        assertThat(contact.get("/portal/api/v1/updates").json().path("items")).extracting(u -> u.path("body").asText())
                .doesNotContain("Now shared");

        agency.owner().patch("/api/v1/updates/" + update.path("id").asText(), Map.of("visibility", "client")).expect(200);

        assertThat(contact.get("/portal/api/v1/updates").json().path("items")).extracting(u -> u.path("body").asText())
                .contains("Now shared");
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=update&entityId="
                + update.path("id").asText()).expect(200).json();
        assertThat(events.path("items")).extracting(e -> e.path("action").asText())
                .containsExactlyInAnyOrder("update.posted", "update.visibility-changed");
    }

    @Test
    void anOperator_seesThePortalExactlyAsTheContactDoes_readOnly_andAudited() {
        String me = contact.get("/portal/api/v1/me").expect(200).json().path("contact").path("id").asText();
        String view = "/api/v1/contacts/" + me + "/portal-view";

        for (String read : List.of("/me", "/projects", "/projects/" + shared, "/updates")) {
            assertThat(agency.operator("viewer").get(view + read).expect(200).json())
                    .as(read).isEqualTo(contact.get("/portal/api/v1" + read).expect(200).json());
        }
        agency.owner().get(view + "/projects/" + internal).expectProblem(404, "not-found");
        // Only reads are offered as the contact: the portal's requests can be read there, never filed.
        agency.owner().post(view + "/requests", Map.of("kind", "question", "title", "Hi", "description", "x"))
                .expectProblem(405, "method-not-allowed");
        contact.get(view + "/projects").expectProblem(401, "unauthenticated");
        PORTAL.newAgency().owner().get(view + "/me").expectProblem(404, "not-found");
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=contact&entityId=" + me).expect(200).json();
        assertThat(events.path("items")).extracting(e -> e.path("action").asText()).contains("contact.viewed-as");
    }

    @Test
    void theFeed_tellsTheContactWhatHappened_onWhatIsSharedOnly_newestFirst() {
        String visible = agency.owner().post("/api/v1/tasks", Map.of("projectId", shared, "title", "Logo",
                "visibility", "client")).expect(201).json().path("key").asText();
        String hidden = agency.owner().post("/api/v1/tasks", Map.of("projectId", shared, "title", "Margin review"))
                .expect(201).json().path("key").asText();
        agency.owner().post("/api/v1/tasks/" + visible + "/transitions", Map.of("to", "in_progress")).expect(200);
        agency.owner().post("/api/v1/tasks/" + hidden + "/transitions", Map.of("to", "done")).expect(200);
        agency.owner().post("/api/v1/tasks/" + visible + "/comments", Map.of("body", "Logo drafts are up",
                "visibility", "client")).expect(201);
        agency.owner().post("/api/v1/tasks/" + visible + "/comments", Map.of("body", "They hate blue")).expect(201);
        agency.owner().post("/api/v1/projects/" + shared + "/milestones/design/completion").expect(200);
        agency.owner().post("/api/v1/projects/" + shared + "/milestones/margin-check/completion").expect(200);

        JsonNode feed = contact.get("/portal/api/v1/feed?limit=100").expect(200).json();

        List<String> lines = new java.util.ArrayList<>();
        feed.path("items").forEach(e -> lines.add(e.path("kind").asText() + " " + e.path("text").asText()));
        assertThat(lines).startsWith("milestone Design sign-off", "comment Logo drafts are up", "task-status Logo")
                .contains("update Design approved")
                .noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("margin") || line.contains("blue") || line.contains("late")
                        || line.contains("Globex") || line.contains("internal project"));
        JsonNode move = feed.path("items").get(2);
        assertThat(move.path("from").asText() + " -> " + move.path("to").asText()).isEqualTo("open -> in_progress");
        assertThat(contact.get("/portal/api/v1/feed?sort=kind").expectProblem(400, "validation")).isNotNull();
    }

    @Test
    void anotherAgency_findsNoneOfTheUpdateRoutes() {
        String update = agency.owner().post("/api/v1/projects/" + shared + "/updates", Map.of("body", "Ours"))
                .expect(201).json().path("id").asText();
        Agency intruder = PORTAL.newAgency();

        intruder.owner().get("/api/v1/updates/" + update).expectProblem(404, "not-found");
        intruder.owner().patch("/api/v1/updates/" + update, Map.of("visibility", "client")).expectProblem(404, "not-found");
        intruder.owner().get("/api/v1/projects/" + shared + "/updates").expectProblem(404, "not-found");
        intruder.owner().post("/api/v1/projects/" + shared + "/updates", Map.of("body", "Planted"))
                .expectProblem(404, "not-found");
    }
}
