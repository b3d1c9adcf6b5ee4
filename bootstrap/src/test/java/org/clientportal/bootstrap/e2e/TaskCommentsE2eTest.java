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
 * Over HTTP, on PostgreSQL, operator and contact side by side: a task's conversation, where the
 * agency's comments stay internal until shared and the contact's are always shown.
 */
class TaskCommentsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static ApiClient contact;
    private static String shownTask;
    private static String internalTask;
    private static String othersTask;

    @BeforeAll
    static void aSharedProjectWithTasksOfBothVisibilities() {
        agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String project = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + project, Map.of("visibility", "client")).expect(200);
        shownTask = task(project, "Logo", "client");
        internalTask = task(project, "Margin check", "internal");
        String globex = agency.client("Globex", "onboarding").path("id").asText();
        String globexProject = agency.project(globex, "Globex site").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + globexProject, Map.of("visibility", "client")).expect(200);
        othersTask = task(globexProject, "Globex logo", "client");
        contact = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada Buyer").path("id").asText()));
    }

    private static String task(String project, String title, String visibility) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", title, "visibility", visibility))
                .expect(201).json().path("key").asText();
    }

    private static List<String> seenByTheContact(String task) {
        JsonNode page = contact.get("/portal/api/v1/tasks/" + task + "/comments").expect(200).json();
        return page.path("items").findValuesAsText("body");
    }

    @Test
    void anInternalComment_staysInternal_untilSharedOnPurpose_whichIsAudited() {
        JsonNode comment = agency.owner().post("/api/v1/tasks/" + shownTask + "/comments",
                Map.of("body", "Client is slow to answer")).expect(201).json();
        assertThat(comment.path("visibility").asText()).isEqualTo("internal");
        assertThat(seenByTheContact(shownTask)).doesNotContain("Client is slow to answer");

        agency.owner().patch("/api/v1/comments/" + comment.path("id").asText(), Map.of("visibility", "client"))
                .expect(200);

        assertThat(seenByTheContact(shownTask)).contains("Client is slow to answer");
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=comment&entityId="
                + comment.path("id").asText()).expect(200).json();
        assertThat(events.path("items")).extracting(e -> e.path("action").asText())
                .containsExactlyInAnyOrder("comment.posted", "comment.visibility-changed");
    }

    @Test
    void theContactsComment_isClientVisible_namedByThem_andAuditedAsTheirs() {
        JsonNode posted = contact.post("/portal/api/v1/tasks/" + shownTask + "/comments", Map.of("body", "Love it"))
                .expect(201).json();

        assertThat(posted.path("authorName").asText()).isEqualTo("Ada Buyer");
        for (String agencysOwn : List.of("visibility", "author", "version", "taskId", "clientId")) {
            assertThat(posted.has(agencysOwn)).as(agencysOwn).isFalse();
        }
        JsonNode seenByTheAgency = agency.owner().get("/api/v1/tasks/" + shownTask + "/comments?visibility=client")
                .expect(200).json();
        assertThat(seenByTheAgency.path("items")).anySatisfy(c -> {
            assertThat(c.path("body").asText()).isEqualTo("Love it");
            assertThat(c.path("author").asText()).startsWith("contact:");
        });
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=comment&entityId="
                + posted.path("id").asText()).expect(200).json();
        assertThat(events.path("items").get(0).path("actor").asText()).startsWith("contact:");
    }

    @Test
    void anInternalTasksComments_orAnotherClients_are404ForTheContact_readingAndWriting() {
        agency.owner().post("/api/v1/tasks/" + internalTask + "/comments", Map.of("body", "Internal", "visibility",
                "client")).expect(201);
        for (String hidden : List.of(internalTask, othersTask, "NOPE-1")) {
            contact.get("/portal/api/v1/tasks/" + hidden + "/comments").expectProblem(404, "not-found");
            contact.post("/portal/api/v1/tasks/" + hidden + "/comments", Map.of("body", "Planted"))
                    .expectProblem(404, "not-found");
        }
        assertThat(agency.owner().get("/api/v1/tasks/" + othersTask + "/comments").expect(200).json().path("items"))
                .isEmpty();
    }

    @Test
    void badInput_isAClearProblem() {
        agency.owner().post("/api/v1/tasks/" + shownTask + "/comments", Map.of("body", " ")).expectProblem(400, "validation");
        agency.owner().post("/api/v1/tasks/" + shownTask + "/comments", Map.of("body", "Hi", "visibility", "everyone"))
                .expectProblem(400, "validation");
        contact.post("/portal/api/v1/tasks/" + shownTask + "/comments", Map.of("body", "Hi", "visibility", "internal"))
                .expectProblem(400, "validation");
        agency.owner().patch("/api/v1/comments/not-an-id", Map.of("body", "Hi")).expectProblem(404, "not-found");
        contact.get("/api/v1/tasks/" + shownTask + "/comments").expectProblem(401, "unauthenticated");
        agency.owner().get("/portal/api/v1/tasks/" + shownTask + "/comments").expectProblem(401, "unauthenticated");
    }
}
