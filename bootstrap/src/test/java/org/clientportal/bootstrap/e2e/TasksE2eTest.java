package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.Json;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tasks over HTTP: keys per client, filters, edits under If-Match, the lifecycle, and what links to them. */
class TasksE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void tasksAreKeyedWithTheirClientsPrefix_andNumberedPerClient() {
        String acme = client("Acme", "acme");
        String site = agency.project(acme, "Site").path("id").asText();
        String app = agency.project(acme, "App").path("id").asText();
        String beta = agency.client("Beta Works").path("id").asText();

        JsonNode first = agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", "Logo"))
                .expect(201).json();
        String second = agency.task(app, "Login screen").path("key").asText();
        String betas = agency.task(agency.project(beta, "Audit").path("id").asText(), "Report").path("key").asText();

        assertThat(first.path("key").asText()).isEqualTo("ACME-1");
        assertThat(List.of(second, betas)).containsExactly("ACME-2", "BETAWORKS-1");
        assertThat(first.path("status").asText()).isEqualTo("open");
        assertThat(first.path("priority").asText()).isEqualTo("normal");
        assertThat(first.path("visibility").asText()).isEqualTo("internal");
        assertThat(first.path("source").asText()).isEqualTo("operator");
        assertThat(first.path("clientId").asText()).isEqualTo(acme);
        assertThat(first.path("declineReason").isNull()).isTrue();
        assertThat(Json.texts(first.path("allowedTransitions")))
                .containsExactly("in_progress", "waiting_on_client", "done", "cancelled");
        JsonNode read = agency.owner().get("/api/v1/tasks/ACME-1").expect(200).json();
        assertThat(read).isEqualTo(first);
    }

    @Test
    void aRepeatedCreationWithTheSameIdempotencyKey_getsTheSameKey_andTakesNoNumber() {
        String project = agency.project(client("Repeat", "rpt"), "Site").path("id").asText();
        Map<String, Object> body = Map.of("projectId", project, "title", "Once");

        String key = agency.owner().call("POST", "/api/v1/tasks").idempotencyKey("once").json(body).send()
                .expect(201).json().path("key").asText();
        JsonNode replayed = agency.owner().call("POST", "/api/v1/tasks").idempotencyKey("once").json(body).send()
                .expect(201).json();

        assertThat(replayed.path("key").asText()).isEqualTo(key).isEqualTo("RPT-1");
        assertThat(agency.task(project, "Next").path("key").asText()).isEqualTo("RPT-2");
    }

    @Test
    void theList_filtersByEachField_sortsByDueDate_andPagesByCursor() {
        String clientId = client("Filtered", "fil");
        String site = agency.project(clientId, "Site").path("id").asText();
        String other = agency.project(clientId, "Other").path("id").asText();
        String ada = agency.addOperator("member").path("id").asText();
        create(Map.of("projectId", site, "title", "Late", "dueDate", "2026-06-01", "assigneeId", ada,
                "visibility", "client"));
        create(Map.of("projectId", site, "title", "Early", "dueDate", "2026-01-15", "priority", "urgent"));
        String started = create(Map.of("projectId", site, "title", "Started")).path("key").asText();
        agency.move("tasks", started, "in_progress");
        create(Map.of("projectId", other, "title", "Elsewhere", "assigneeId", ada));

        assertThat(titles("?projectId=" + site)).containsExactly("Started", "Early", "Late");
        assertThat(titles("?clientId=" + clientId + "&status=in_progress&status=done")).containsExactly("Started");
        assertThat(titles("?assigneeId=" + ada)).containsExactly("Elsewhere", "Late");
        assertThat(titles("?clientId=" + clientId + "&visibility=client")).containsExactly("Late");
        assertThat(titles("?clientId=" + clientId + "&dueBefore=2026-02-01")).containsExactly("Early");
        assertThat(titles("?projectId=" + site + "&sort=dueDate")).containsExactly("Early", "Late", "Started");

        JsonNode page = agency.owner().get("/api/v1/tasks?projectId=" + site + "&sort=title&limit=2").expect(200).json();
        JsonNode next = agency.owner().get("/api/v1/tasks?projectId=" + site + "&sort=title&limit=2&cursor="
                + page.path("nextCursor").asText()).expect(200).json();
        assertThat(page.path("items").findValuesAsText("title")).containsExactly("Early", "Late");
        assertThat(next.path("items").findValuesAsText("title")).containsExactly("Started");
        assertThat(next.path("nextCursor").isNull()).isTrue();
        agency.owner().get("/api/v1/tasks?clientId=" + clientId + "&sort=title&cursor=" + page.path("nextCursor").asText())
                .expectProblem(400, "validation");
    }

    @Test
    void badFilters_areA400NamingEachOne() {
        JsonNode problem = agency.owner().get("/api/v1/tasks?projectId=nope&status=finished&visibility=public"
                + "&dueBefore=someday&assigneeId=x").expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("projectId", "status", "visibility", "dueBefore", "assigneeId");
        agency.owner().get("/api/v1/tasks?priority=high").expectProblem(400, "validation");
        agency.owner().get("/api/v1/tasks?sort=priority").expectProblem(400, "validation");
    }

    @Test
    void anEdit_isGuardedByIfMatch_andNullClearsOrResets() {
        String project = agency.project(client("Editor", "edt"), "Site").path("id").asText();
        String key = create(Map.of("projectId", project, "title", "Draft", "description", "First go",
                "priority", "high", "visibility", "client")).path("key").asText();

        Map<String, Object> changes = new HashMap<>();
        changes.put("title", "Final");
        changes.put("description", null);
        changes.put("priority", null);
        changes.put("dueDate", "2026-05-01");
        var edited = agency.owner().call("PATCH", "/api/v1/tasks/" + key).ifMatch("\"1\"").json(changes).send()
                .expect(200);
        JsonNode task = edited.json();

        assertThat(edited.header("ETag")).isEqualTo("\"2\"");
        assertThat(task.path("title").asText()).isEqualTo("Final");
        assertThat(task.path("description").isNull()).isTrue();
        assertThat(task.path("priority").asText()).isEqualTo("normal");
        assertThat(task.path("visibility").asText()).isEqualTo("client");
        assertThat(task.path("dueDate").asText()).isEqualTo("2026-05-01");
        agency.owner().call("PATCH", "/api/v1/tasks/" + key).ifMatch("\"1\"").json(Map.of("title", "Stale")).send()
                .expectProblem(412, "stale-version");
        agency.owner().patch("/api/v1/tasks/" + key, Map.of("status", "done")).expectProblem(400, "validation");
        agency.owner().patch("/api/v1/tasks/" + key, Map.of("key", "EDT-9")).expectProblem(400, "validation");
        assertThat(agency.owner().patch("/api/v1/tasks/" + key, Map.of("title", "Final")).expect(200).json()
                .path("version").asInt()).as("an edit that changes nothing is not stored").isEqualTo(2);
    }

    @Test
    void anUnknownAssignee_orAnotherAgencysOperator_isA400OnAssigneeId() {
        String project = agency.project(client("Assigned", "asg"), "Site").path("id").asText();
        String stranger = PORTAL.newAgency().ownerId();

        for (String assignee : List.of(UUID.randomUUID().toString(), stranger)) {
            JsonNode problem = agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", "X",
                    "assigneeId", assignee)).expectProblem(400, "validation");
            assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("assigneeId");
        }
        String key = agency.task(project, "Unassigned").path("key").asText();
        agency.owner().patch("/api/v1/tasks/" + key, Map.of("assigneeId", stranger)).expectProblem(400, "validation");
        assertThat(agency.owner().get("/api/v1/tasks/" + key).expect(200).json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void removingAnOperator_leavesTheirTasksUnassigned() {
        String project = agency.project(client("Leaver", "lvr"), "Site").path("id").asText();
        String leaver = agency.addOperator("member").path("id").asText();
        String key = create(Map.of("projectId", project, "title", "Theirs", "assigneeId", leaver)).path("key").asText();

        agency.owner().delete("/api/v1/operators/" + leaver).expect(204);

        assertThat(agency.owner().get("/api/v1/tasks/" + key).expect(200).json().path("assigneeId").isNull()).isTrue();
        assertThat(agency.owner().get("/api/v1/tasks?assigneeId=" + leaver).expect(200).json().path("items")).isEmpty();
    }

    @Test
    void theLifecycle_refusesIllegalMoves_andReopensDoneOrCancelledWork() {
        String project = agency.project(client("Mover", "mov"), "Site").path("id").asText();
        String key = agency.task(project, "Work", "in_progress", "waiting_on_client", "done").path("key").asText();

        JsonNode refused = agency.owner().post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "in_progress"))
                .expectProblem(409, "task.transition-not-allowed");
        assertThat(refused.path("current").asText()).isEqualTo("done");
        assertThat(Json.texts(refused.path("allowed"))).containsExactly("open");

        assertThat(agency.move("tasks", key, "open").path("status").asText()).isEqualTo("open");
        JsonNode cancelled = agency.owner().post("/api/v1/tasks/" + key + "/transitions",
                Map.of("to", "cancelled", "reason", "Out of scope")).expect(200).json();
        assertThat(cancelled.path("declineReason").isNull()).as("only a declined request keeps its reason").isTrue();
        assertThat(agency.move("tasks", key, "open").path("version").asInt()).isEqualTo(7);
        agency.owner().post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "closed"))
                .expectProblem(400, "validation");
        agency.owner().call("POST", "/api/v1/tasks/" + key + "/transitions").ifMatch("\"3\"")
                .json(Map.of("to", "done")).send().expectProblem(412, "stale-version");
    }

    @Test
    void aRequestFromThePortal_isDeclinedOnlyWithAReason_whichItKeepsUntilReopened() throws SQLException {
        String project = agency.project(client("Requester", "req"), "Site").path("id").asText();
        String key = agency.task(project, "Please add a blog").path("key").asText();
        requestedThroughThePortal(key);

        JsonNode problem = agency.owner().post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "cancelled"))
                .expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("reason");
        JsonNode declined = agency.owner().post("/api/v1/tasks/" + key + "/transitions",
                Map.of("to", "cancelled", "reason", "Not in this contract")).expect(200).json();
        assertThat(declined.path("declineReason").asText()).isEqualTo("Not in this contract");
        assertThat(declined.path("source").asText()).isEqualTo("portal");

        JsonNode reopened = agency.move("tasks", key, "open");
        assertThat(reopened.path("status").asText()).isEqualTo("open");
        assertThat(reopened.path("declineReason").isNull()).isTrue();
    }

    @Test
    void aClosedProject_takesNoNewTask_andItsTasksCanOnlyBeFinished() {
        String clientId = client("Closer", "cls");
        String project = agency.project(clientId, "Site").path("id").asText();
        String key = agency.task(project, "Loose end", "in_progress").path("key").asText();
        agency.move("projects", project, "cancelled");

        agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", "Too late"))
                .expectProblem(409, "task.project-closed");
        agency.owner().post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "open"))
                .expectProblem(409, "task.project-closed");
        assertThat(agency.move("tasks", key, "done").path("status").asText()).isEqualTo("done");
        assertThat(agency.owner().patch("/api/v1/tasks/" + key, Map.of("title", "Tied up")).expect(200).json()
                .path("title").asText()).isEqualTo("Tied up");
    }

    @Test
    void anOffboardedClient_getsNoNewTask_andAnUnknownProjectIs404() {
        String clientId = client("Leaving", "lvg");
        String project = agency.project(clientId, "Idea").path("id").asText();
        agency.move("clients", clientId, "offboarded");

        agency.owner().post("/api/v1/tasks", Map.of("projectId", project, "title", "Late"))
                .expectProblem(409, "task.client-offboarded");
        agency.owner().post("/api/v1/tasks", Map.of("projectId", UUID.randomUUID().toString(), "title", "Lost"))
                .expectProblem(404, "not-found");
        agency.owner().post("/api/v1/tasks", Map.of("projectId", "not-a-project", "title", "Lost"))
                .expectProblem(400, "validation");
        agency.owner().post("/api/v1/tasks", Map.of("title", "Nowhere")).expectProblem(400, "validation");
        agency.owner().get("/api/v1/tasks/LVG-404").expectProblem(404, "not-found");
        agency.owner().get("/api/v1/tasks/not-a-key").expectProblem(404, "not-found");
    }

    @Test
    void aViewer_readsTasks_butCannotCreateEditOrMoveThem() {
        String project = agency.project(client("Watched", "wat"), "Site").path("id").asText();
        String key = agency.task(project, "Visible").path("key").asText();
        ApiClient viewer = agency.operator("viewer");

        viewer.get("/api/v1/tasks/" + key).expect(200);
        viewer.get("/api/v1/tasks?projectId=" + project).expect(200);
        viewer.get("/api/v1/projects/" + project + "/milestones").expect(200);
        viewer.post("/api/v1/tasks", Map.of("projectId", project, "title", "Mine")).expectProblem(403, "forbidden");
        viewer.patch("/api/v1/tasks/" + key, Map.of("title", "Mine")).expectProblem(403, "forbidden");
        viewer.post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "done")).expectProblem(403, "forbidden");
    }

    @Test
    void anotherAgencysTaskKey_is404_andItsTasksAreNotListed() {
        String project = agency.project(client("Private", "prv"), "Site").path("id").asText();
        String key = agency.task(project, "Secret").path("key").asText();
        ApiClient intruder = PORTAL.newAgency().owner();

        intruder.get("/api/v1/tasks/" + key).expectProblem(404, "not-found");
        intruder.patch("/api/v1/tasks/" + key, Map.of("title", "Stolen")).expectProblem(404, "not-found");
        intruder.post("/api/v1/tasks/" + key + "/transitions", Map.of("to", "done")).expectProblem(404, "not-found");
        intruder.post("/api/v1/tasks", Map.of("projectId", project, "title", "Planted")).expectProblem(404, "not-found");
        assertThat(intruder.get("/api/v1/tasks?projectId=" + project).expect(200).json().path("items")).isEmpty();
        assertThat(agency.owner().get("/api/v1/tasks/" + key).expect(200).json().path("title").asText())
                .isEqualTo("Secret");
    }

    @Test
    void aMilestoneLinkingUnknownKeys_is422NamingThem_andChangesNothing() {
        String clientId = client("Planner", "pln");
        String project = agency.project(clientId, "Site").path("id").asText();
        String other = agency.project(clientId, "Other").path("id").asText();
        String mine = agency.task(project, "Mine").path("key").asText();
        String elsewhere = agency.task(other, "Another project's").path("key").asText();

        JsonNode problem = agency.owner().put("/api/v1/projects/" + project + "/milestones", Map.of("milestones",
                List.of(Map.of("key", "one", "title", "One", "taskKeys", List.of(mine, "PLN-99", elsewhere)))))
                .expectProblem(422, "project.unknown-task-keys");

        assertThat(Json.texts(problem.path("taskKeys"))).containsExactly("PLN-99", elsewhere);
        assertThat(agency.owner().get("/api/v1/projects/" + project).expect(200).json().path("milestones")).isEmpty();
    }

    @Test
    void aMilestone_isReadyOnceEveryTaskItLinksIsDone() {
        String project = agency.project(client("Progress", "prg"), "Site").path("id").asText();
        String design = agency.task(project, "Design").path("key").asText();
        String build = agency.task(project, "Build", "in_progress").path("key").asText();
        agency.owner().put("/api/v1/projects/" + project + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "launch", "title", "Launch", "taskKeys", List.of(design, build)),
                Map.of("key", "party", "title", "Party", "taskKeys", List.of())))).expect(200);

        var before = agency.owner().get("/api/v1/projects/" + project + "/milestones").expect(200);
        assertThat(before.header("ETag")).isEqualTo("\"2\"");
        JsonNode launch = before.json().path("milestones").get(0);
        assertThat(launch.path("ready").asBoolean()).isFalse();
        assertThat(launch.path("tasks").findValuesAsText("status")).containsExactly("open", "in_progress");
        assertThat(before.json().path("milestones").get(1).path("ready").asBoolean()).isTrue();

        agency.move("tasks", design, "done");
        agency.move("tasks", build, "done");
        JsonNode after = agency.owner().get("/api/v1/projects/" + project + "/milestones").expect(200).json();
        assertThat(after.path("milestones").get(0).path("ready").asBoolean()).isTrue();
        assertThat(after.path("milestones").get(0).path("tasks").findValuesAsText("key")).containsExactly(design, build);
        agency.owner().get("/api/v1/projects/" + UUID.randomUUID() + "/milestones").expectProblem(404, "not-found");
    }

    @Test
    void aClientsPrefix_isChosenOrDerived_unique_andFixedOnceItHasATask() {
        JsonNode given = agency.owner().post("/api/v1/clients", Map.of("name", "Prefixed", "taskKeyPrefix", "pfx"))
                .expect(201).json();
        assertThat(given.path("taskKeyPrefix").asText()).isEqualTo("PFX");
        assertThat(agency.client("Derived & Co").path("taskKeyPrefix").asText()).isEqualTo("DERIVEDCO");
        assertThat(agency.client("Derived & Co").path("taskKeyPrefix").asText()).isEqualTo("DERIVEDCO2");
        agency.owner().post("/api/v1/clients", Map.of("name", "Copycat", "taskKeyPrefix", "PFX"))
                .expectProblem(409, "client.task-key-prefix-taken");
        agency.owner().post("/api/v1/clients", Map.of("name", "Bad", "taskKeyPrefix", "P-1"))
                .expectProblem(400, "validation");

        String id = given.path("id").asText();
        agency.owner().patch("/api/v1/clients/" + id, Map.of("taskKeyPrefix", "DERIVEDCO"))
                .expectProblem(409, "client.task-key-prefix-taken");
        assertThat(agency.owner().patch("/api/v1/clients/" + id, Map.of("taskKeyPrefix", "PRE")).expect(200).json()
                .path("taskKeyPrefix").asText()).isEqualTo("PRE");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("taskKeyPrefix", null);
        agency.owner().patch("/api/v1/clients/" + id, cleared).expectProblem(400, "validation");
        agency.task(agency.project(id, "Site").path("id").asText(), "First");
        agency.owner().patch("/api/v1/clients/" + id, Map.of("taskKeyPrefix", "NEW"))
                .expectProblem(409, "client.task-key-prefix-in-use");
        assertThat(agency.owner().patch("/api/v1/clients/" + id, Map.of("taskKeyPrefix", "pre")).expect(200).json()
                .path("version").asInt()).as("the same prefix in another case is no change").isEqualTo(2);
    }

    private static String client(String name, String prefix) {
        return agency.owner().post("/api/v1/clients", Map.of("name", name, "taskKeyPrefix", prefix)).expect(201).json()
                .path("id").asText();
    }

    private static JsonNode create(Map<String, Object> body) {
        return agency.owner().post("/api/v1/tasks", body).expect(201).json();
    }

    private static List<String> titles(String query) {
        List<String> titles = new ArrayList<>();
        agency.owner().get("/api/v1/tasks" + query).expect(200).json().path("items")
                .forEach(task -> titles.add(task.path("title").asText()));
        return titles;
    }

    /** What a contact's request would leave behind, until the portal takes requests: a task requested from there. */
    private static void requestedThroughThePortal(String key) throws SQLException {
        try (Connection admin = PORTAL.connectAsAdmin(); PreparedStatement update = admin.prepareStatement(
                "update portal.tasks set status = 'requested', source = 'portal' where tenant_id = ?::uuid and key = ?")) {
            update.setString(1, agency.id());
            update.setString(2, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
