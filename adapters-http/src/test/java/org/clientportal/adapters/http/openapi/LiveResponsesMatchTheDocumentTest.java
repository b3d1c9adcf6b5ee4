package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.http.openapi.LiveApi.Answer;
import org.clientportal.application.fakes.FakePorts;
import org.clientportal.application.fakes.PlainWebhookSignatures;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Drives every route of the running API (over in-memory fakes) through its successes and its
 * typical refusals, and holds each real answer to the document: the status is documented for the
 * operation, and the body has the documented media type and shape. The last test checks that
 * every documented operation answered with a success at least once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveResponsesMatchTheDocumentTest {

    private static final String OWNER_PASSWORD = "correct horse battery";

    private final FakePorts fakes = new FakePorts();
    private LiveApi api;
    private String tenantId;
    private String cookie;
    private String csrf;
    private String ownerId;
    private String bearer;
    private String contactId;
    private String portalToken;
    private String contactClientId;
    private String internalProject;

    @BeforeAll
    void start() {
        api = new LiveApi(OpenApiFixtures.apiOver(fakes), OpenApiDocument.served());
    }

    @AfterAll
    void stop() {
        api.stop();
    }

    @Test
    @Order(1)
    void publicRoutes_answerAsDocumented() {
        assertThat(api.call("GET", "/healthz", null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/readyz", null).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/openapi.json", null).status()).isEqualTo(200);

        String registration = """
                {"name": "Acme Studio", "slug": "acme", "ownerEmail": "olive@acme.test", "ownerPassword": "%s"}
                """.formatted(OWNER_PASSWORD);
        Answer registered = api.call("POST", "/api/v1/tenants", registration);
        assertThat(registered.status()).isEqualTo(201);
        ownerId = registered.json().path("owner").path("id").asText();
        tenantId = registered.json().path("tenant").path("id").asText();
        assertThat(api.call("POST", "/api/v1/tenants", registration).status()).isEqualTo(409);
        assertThat(api.call("POST", "/api/v1/tenants", "{\"name\": \"\", \"colour\": 1}").status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/tenants", "name=Acme", "application/x-www-form-urlencoded").status())
                .isEqualTo(415);

        assertThat(api.call("POST", "/api/v1/public/acme/intake",
                "{\"name\": \"Pat Prospect\", \"email\": \"pat@example.test\", \"message\": \"We need a site\"}").status())
                .isEqualTo(202);
        assertThat(api.call("POST", "/api/v1/public/nobody/intake",
                "{\"name\": \"Pat\", \"email\": \"pat@example.test\"}").status()).isEqualTo(404);
        assertThat(api.call("POST", "/api/v1/public/acme/intake", "{\"name\": \"Pat\"}").status()).isEqualTo(400);

        assertThat(api.call("POST", "/api/v1/sessions",
                "{\"tenant\": \"acme\", \"email\": \"olive@acme.test\", \"password\": \"wrong password\"}").status())
                .isEqualTo(401);
        Answer signedIn = api.call("POST", "/api/v1/sessions",
                "{\"tenant\": \"acme\", \"email\": \"olive@acme.test\", \"password\": \"" + OWNER_PASSWORD + "\"}");
        assertThat(signedIn.status()).isEqualTo(201);
        cookie = signedIn.header("Set-Cookie").split(";")[0];
        csrf = signedIn.json().path("csrfToken").asText();
        assertThat(cookie).startsWith("portal_session=");
    }

    @Test
    @Order(2)
    void sessionRoutes_answerAsDocumented() {
        assertThat(api.call("GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.call("GET", "/api/v1/me", null, "Authorization", "Basic abc").status()).isEqualTo(401);
        assertThat(api.call("GET", "/api/v1/me", null, "Cookie", cookie).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/sessions/current", null, "Cookie", cookie).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void apiKeyAndOperatorRoutes_answerAsDocumented() {
        Answer issued = write("POST", "/api/v1/api-keys", "{\"name\": \"CI\", \"role\": \"admin\"}");
        assertThat(issued.status()).isEqualTo(201);
        bearer = "Bearer " + issued.json().path("key").asText();
        String keyId = issued.json().path("id").asText();
        assertThat(write("POST", "/api/v1/api-keys", "{\"name\": \"Boss\", \"role\": \"owner\"}").status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/api-keys", null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/me", null, "Authorization", bearer).status()).isEqualTo(200);
        Answer keyByKey = api.call("POST", "/api/v1/api-keys", "{\"name\": \"Nested\"}", "Authorization", bearer);
        assertThat(keyByKey.status()).isEqualTo(403);
        assertThat(keyByKey.json().path("code").asText()).isEqualTo("signed-in-operator-required");
        assertThat(api.call("GET", "/api/v1/sessions/current", null, "Authorization", bearer).status()).isEqualTo(403);
        assertThat(api.call("DELETE", "/api/v1/sessions", null, "Authorization", bearer).status()).isEqualTo(403);

        assertThat(api.call("GET", "/api/v1/operators", null, "Authorization", bearer).status()).isEqualTo(200);
        Answer team = api.call("GET", "/api/v1/operators?sort=-createdAt&limit=1", null, "Authorization", bearer);
        assertThat(team.status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/operators?sort=email", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/operators?role=admin", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/api-keys?sort=name&limit=1", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/api-keys?limit=0", null, "Authorization", bearer).status()).isEqualTo(400);
        String newOperator = "{\"email\": \"val@acme.test\", \"name\": \"Val Viewer\", \"role\": \"viewer\", \"password\": \"long enough password\"}";
        // Only a signed-in person manages operators: the admin key is refused whatever its role.
        Answer byKey = api.call("POST", "/api/v1/operators", newOperator, "Authorization", bearer);
        assertThat(byKey.status()).isEqualTo(403);
        assertThat(byKey.json().path("code").asText()).isEqualTo("signed-in-operator-required");
        Answer added = write("POST", "/api/v1/operators", newOperator);
        assertThat(added.status()).isEqualTo(201);
        String viewerId = added.json().path("id").asText();
        assertThat(write("POST", "/api/v1/operators",
                "{\"email\": \"val@acme.test\", \"name\": \"Val Again\", \"role\": \"viewer\", \"password\": \"long enough password\"}")
                .status()).isEqualTo(409);
        assertThat(write("PATCH", "/api/v1/operators/" + viewerId, "{\"name\": \"Val V.\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/operators/" + viewerId, "{\"name\": \"Val W.\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(412);
        assertThat(api.call("PATCH", "/api/v1/operators/" + ownerId, "{\"role\": \"member\"}",
                "Authorization", bearer).status()).isEqualTo(403);
        // A signed-in admin manages the team but not its ownership: a 403, not a conflict.
        assertThat(write("POST", "/api/v1/operators", "{\"email\": \"ada@acme.test\", \"name\": \"Ada Admin\","
                + " \"role\": \"admin\", \"password\": \"another long password\"}").status()).isEqualTo(201);
        Answer admin = api.call("POST", "/api/v1/sessions",
                "{\"tenant\": \"acme\", \"email\": \"ada@acme.test\", \"password\": \"another long password\"}");
        String[] asAdmin = {"Cookie", admin.header("Set-Cookie").split(";")[0], "X-CSRF-Token",
                admin.json().path("csrfToken").asText()};
        Answer demotion = api.call("PATCH", "/api/v1/operators/" + ownerId, "{\"role\": \"member\"}", asAdmin);
        assertThat(demotion.status()).isEqualTo(403);
        assertThat(demotion.json().path("code").asText()).isEqualTo("operator.owner-only");
        assertThat(api.call("DELETE", "/api/v1/operators/" + ownerId, null, asAdmin).json().path("code").asText())
                .isEqualTo("operator.owner-only");
        Answer lastOwner = write("PATCH", "/api/v1/operators/" + ownerId, "{\"role\": \"admin\"}");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.json().path("code").asText()).isEqualTo("operator.last-owner");
        assertThat(write("DELETE", "/api/v1/operators/" + viewerId, null).status()).isEqualTo(204);
        assertThat(write("DELETE", "/api/v1/operators/" + viewerId, null).status()).isEqualTo(404);

        Answer spare = write("POST", "/api/v1/api-keys", "{\"name\": \"Spare\"}");
        assertThat(write("DELETE", "/api/v1/api-keys/" + spare.json().path("id").asText(), null).status()).isEqualTo(204);
        assertThat(write("DELETE", "/api/v1/api-keys/not-a-key", null).status()).isEqualTo(404);
        assertThat(keyId).isNotBlank();
    }

    @Test
    @Order(4)
    void clientRoutes_answerAsDocumented() {
        assertThat(api.call("POST", "/api/v1/clients", "{\"name\": \"Globex\"}", "Cookie", cookie).status()).isEqualTo(403);
        Answer created = write("POST", "/api/v1/clients", "{\"name\": \"Globex\", \"email\": \"ops@globex.test\"}",
                "Idempotency-Key", "create-globex");
        assertThat(created.status()).isEqualTo(201);
        Answer replayed = write("POST", "/api/v1/clients", "{\"name\": \"Globex\", \"email\": \"ops@globex.test\"}",
                "Idempotency-Key", "create-globex");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(write("POST", "/api/v1/clients", "{\"name\": \"Initech\"}", "Idempotency-Key", "create-globex").status())
                .isEqualTo(422);
        assertThat(write("POST", "/api/v1/clients", "{\"name\": \"" + "x".repeat(201) + "\"}").status()).isEqualTo(400);
        assertThat(write("POST", "/api/v1/clients", "{\"name\": \"" + "x".repeat(1_100_000) + "\"}").status()).isEqualTo(413);

        String id = created.json().path("id").asText();
        assertThat(api.call("GET", "/api/v1/clients?status=lead&q=glob&limit=1", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/clients?status=lead&status=onboarding", null, "Authorization", bearer)
                .status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/clients?limit=0", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/clients?q=a&q=b", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/clients/" + id, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/clients/00000000-0000-0000-0000-000000000000", null, "Authorization", bearer)
                .status()).isEqualTo(404);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"phone\": \"+44 20 7946 0000\", \"company\": null}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"status\": \"active\"}").status()).isEqualTo(400);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"phone\": null}", "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"phone\": null}", "If-Match", "version one").status())
                .isEqualTo(412);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"phone\": null}", "If-Match", "W/\"2\"").status())
                .isEqualTo(412);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"name\": \"A\", \"name\": \"B\"}").status())
                .isEqualTo(400);
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"taskKeyPrefix\": \"glx\"}", "If-Match", "\"2\"")
                .json().path("taskKeyPrefix").asText()).isEqualTo("GLX");
        assertThat(write("PATCH", "/api/v1/clients/" + id, "{\"taskKeyPrefix\": \"1x\"}").status()).isEqualTo(400);
        Answer taken = write("POST", "/api/v1/clients", "{\"name\": \"Globex Again\", \"taskKeyPrefix\": \"GLX\"}");
        assertThat(taken.json().path("code").asText()).isEqualTo("client.task-key-prefix-taken");

        Answer refused = write("POST", "/api/v1/clients/" + id + "/transitions", "{\"to\": \"active\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("allowed")).hasSize(2);
        assertThat(write("POST", "/api/v1/clients/" + id + "/transitions", "{\"to\": \"onboarding\", \"reason\": \"Signed\"}")
                .status()).isEqualTo(200);
        assertThat(write("POST", "/api/v1/clients/" + id + "/transitions", "{\"to\": \"somewhere\"}").status()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void projectAndMilestoneRoutes_answerAsDocumented() {
        String clientId = write("POST", "/api/v1/clients", "{\"name\": \"Umbrella\", \"taskKeyPrefix\": \"UMB\"}")
                .json().path("id").asText();
        assertThat(write("POST", "/api/v1/projects", "{\"clientId\": \"00000000-0000-0000-0000-000000000000\", \"name\": \"X\"}")
                .status()).isEqualTo(404);
        Answer created = write("POST", "/api/v1/projects",
                "{\"clientId\": \"" + clientId + "\", \"name\": \"Website\", \"startDate\": \"2026-01-05\", \"dueDate\": \"2026-03-31\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(write("POST", "/api/v1/projects", "{\"clientId\": \"" + clientId + "\", \"name\": \"Bad\", "
                + "\"startDate\": \"2026-03-01\", \"dueDate\": \"2026-01-01\"}").status()).isEqualTo(400);

        assertThat(api.call("GET", "/api/v1/projects?clientId=" + clientId + "&status=planned", null, "Authorization", bearer)
                .status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/projects?status=done", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/projects/" + id, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/projects/" + id, "{\"description\": \"A new site\"}", "If-Match", "\"1\"").status())
                .isEqualTo(200);

        assertThat(write("POST", "/api/v1/tasks", "{\"projectId\": \"" + id + "\", \"title\": \"Wireframes\"}")
                .json().path("key").asText()).isEqualTo("UMB-1");
        Answer inUse = write("PATCH", "/api/v1/clients/" + clientId, "{\"taskKeyPrefix\": \"UMBR\"}");
        assertThat(inUse.json().path("code").asText()).isEqualTo("client.task-key-prefix-in-use");
        Answer unknownKeys = write("PUT", "/api/v1/projects/" + id + "/milestones",
                "{\"milestones\": [{\"key\": \"design\", \"title\": \"Design\", \"taskKeys\": [\"UMB-1\", \"UMB-9\"]}]}");
        assertThat(unknownKeys.status()).isEqualTo(422);
        assertThat(unknownKeys.json().path("taskKeys").toString()).isEqualTo("[\"UMB-9\"]");
        Answer planned = write("PUT", "/api/v1/projects/" + id + "/milestones",
                "{\"milestones\": [{\"key\": \"design\", \"title\": \"Design\", \"taskKeys\": [\"UMB-1\"], \"dueDate\": \"2026-02-01\"},"
                        + " {\"key\": \"launch\", \"title\": \"Launch\"}]}");
        assertThat(planned.status()).isEqualTo(200);
        assertThat(write("PUT", "/api/v1/projects/" + id + "/milestones", "{\"milestones\": [{\"key\": \"Bad Key\", \"title\": \"\"}]}")
                .status()).isEqualTo(400);
        Answer progress = api.call("GET", "/api/v1/projects/" + id + "/milestones", null, "Authorization", bearer);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().path("milestones").get(0).path("tasks").get(0).path("status").asText())
                .isEqualTo("open");
        assertThat(api.call("GET", "/api/v1/projects/not-a-project/milestones", null, "Authorization", bearer).status())
                .isEqualTo(404);
        assertThat(write("POST", "/api/v1/projects/" + id + "/milestones/design/completion", null).status()).isEqualTo(200);
        assertThat(write("POST", "/api/v1/projects/" + id + "/milestones/nothing/completion", null).status()).isEqualTo(404);

        Answer notEngaged = write("POST", "/api/v1/projects/" + id + "/transitions", "{\"to\": \"active\"}");
        assertThat(notEngaged.status()).isEqualTo(409);
        assertThat(notEngaged.json().path("code").asText()).isEqualTo("project.client-not-engaged");
        assertThat(write("POST", "/api/v1/projects/" + id + "/transitions", "{\"to\": \"completed\"}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/projects/" + id + "/transitions", "{\"to\": \"cancelled\"}", "If-Match", "\"4\"")
                .status()).isEqualTo(200);
        assertThat(write("POST", "/api/v1/projects/" + id + "/milestones/launch/completion", null).status()).isEqualTo(409);
    }

    @Test
    @Order(6)
    void taskRoutes_answerAsDocumented() {
        String clientId = write("POST", "/api/v1/clients", "{\"name\": \"Initrode\", \"taskKeyPrefix\": \"INI\"}")
                .json().path("id").asText();
        String projectId = write("POST", "/api/v1/projects", "{\"clientId\": \"" + clientId + "\", \"name\": \"Site\"}")
                .json().path("id").asText();
        Answer created = write("POST", "/api/v1/tasks", "{\"projectId\": \"" + projectId + "\", \"title\": \"Logo\","
                + " \"priority\": \"high\", \"dueDate\": \"2026-03-31\", \"assigneeId\": \"" + ownerId + "\","
                + " \"visibility\": \"client\"}", "Idempotency-Key", "create-logo");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("key").asText()).isEqualTo("INI-1");
        assertThat(write("POST", "/api/v1/tasks", "{\"projectId\": \"00000000-0000-0000-0000-000000000000\","
                + " \"title\": \"Lost\"}").status()).isEqualTo(404);
        assertThat(write("POST", "/api/v1/tasks", "{\"projectId\": \"" + projectId + "\", \"title\": \"\","
                + " \"assigneeId\": \"00000000-0000-0000-0000-000000000000\"}").status()).isEqualTo(400);

        assertThat(api.call("GET", "/api/v1/tasks?projectId=" + projectId + "&clientId=" + clientId + "&status=open"
                + "&status=in_progress&assigneeId=" + ownerId + "&visibility=client&dueBefore=2026-04-01&sort=-dueDate"
                + "&limit=1", null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/tasks?status=bogus", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/tasks?priority=high", null, "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/tasks/INI-1", null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/tasks/INI-2", null, "Authorization", bearer).status()).isEqualTo(404);
        assertThat(write("PATCH", "/api/v1/tasks/INI-1", "{\"description\": \"As a vector\", \"assigneeId\": null}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/tasks/INI-1", "{\"title\": \"Late\"}", "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(write("PATCH", "/api/v1/tasks/INI-1", "{\"status\": \"done\"}").status()).isEqualTo(400);

        assertThat(write("POST", "/api/v1/tasks/INI-1/transitions", "{\"to\": \"in_progress\"}").status())
                .isEqualTo(200);
        Answer refused = write("POST", "/api/v1/tasks/INI-1/transitions", "{\"to\": \"requested\"}");
        assertThat(refused.json().path("code").asText()).isEqualTo("task.transition-not-allowed");
        assertThat(write("POST", "/api/v1/tasks/INI-1/transitions", "{\"to\": \"later\"}").status()).isEqualTo(400);
        assertThat(write("POST", "/api/v1/projects/" + projectId + "/transitions", "{\"to\": \"cancelled\"}").status())
                .isEqualTo(200);
        Answer closed = write("POST", "/api/v1/tasks/INI-1/transitions", "{\"to\": \"open\"}");
        assertThat(closed.json().path("code").asText()).isEqualTo("task.project-closed");
        assertThat(write("POST", "/api/v1/tasks", "{\"projectId\": \"" + projectId + "\", \"title\": \"Too late\"}")
                .json().path("code").asText()).isEqualTo("task.project-closed");

        String goneId = write("POST", "/api/v1/clients", "{\"name\": \"Gone\"}").json().path("id").asText();
        String goneProject = write("POST", "/api/v1/projects", "{\"clientId\": \"" + goneId + "\", \"name\": \"Idea\"}")
                .json().path("id").asText();
        write("POST", "/api/v1/clients/" + goneId + "/transitions", "{\"to\": \"offboarded\"}");
        assertThat(write("POST", "/api/v1/tasks", "{\"projectId\": \"" + goneProject + "\", \"title\": \"Late\"}")
                .json().path("code").asText()).isEqualTo("task.client-offboarded");
    }

    @Test
    @Order(7)
    void contactRoutes_answerAsDocumented() {
        String clientId = write("POST", "/api/v1/clients", "{\"name\": \"Hooli\"}").json().path("id").asText();
        contactClientId = clientId;
        Answer added = write("POST", "/api/v1/clients/" + clientId + "/contacts",
                "{\"name\": \"Ada Buyer\", \"email\": \"ada@hooli.test\", \"rights\": [\"request\"]}");
        assertThat(added.status()).isEqualTo(201);
        contactId = added.json().path("id").asText();
        assertThat(write("POST", "/api/v1/clients/" + clientId + "/contacts",
                "{\"name\": \"Ada Again\", \"email\": \"ADA@hooli.test\"}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/clients/" + clientId + "/contacts",
                "{\"name\": \"Bad\", \"email\": \"bad@hooli.test\", \"rights\": [\"admin\"]}").status()).isEqualTo(400);
        assertThat(write("POST", "/api/v1/clients/00000000-0000-0000-0000-000000000000/contacts",
                "{\"name\": \"Nobody\", \"email\": \"n@x.test\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/clients/" + clientId + "/contacts?sort=-createdAt&limit=1", null,
                "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/clients/" + clientId + "/contacts?sort=email", null,
                "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/contacts/" + contactId, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/contacts/" + contactId, "{\"rights\": [\"request\", \"upload\"]}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/contacts/" + contactId, "{\"rights\": \"upload\"}").status()).isEqualTo(400);
        assertThat(write("PATCH", "/api/v1/contacts/" + contactId, "{\"name\": \"Late\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(412);

        Answer link = write("POST", "/api/v1/contacts/" + contactId + "/portal-links", null);
        assertThat(link.status()).isEqualTo(201);
        portalToken = link.json().path("token").asText();
        Answer spare = write("POST", "/api/v1/clients/" + clientId + "/contacts",
                "{\"name\": \"Bo\", \"email\": \"bo@hooli.test\"}");
        String spareId = spare.json().path("id").asText();
        assertThat(write("POST", "/api/v1/contacts/" + spareId + "/portal-links", null).status()).isEqualTo(201);
        assertThat(write("DELETE", "/api/v1/contacts/" + spareId + "/portal-access", null).status()).isEqualTo(204);
        assertThat(write("DELETE", "/api/v1/contacts/" + spareId, null).status()).isEqualTo(204);
        assertThat(write("DELETE", "/api/v1/contacts/" + spareId, null).status()).isEqualTo(404);
        assertThat(write("POST", "/api/v1/contacts/" + spareId + "/portal-links", null).status()).isEqualTo(404);
    }

    /** A project of the contact's client, shared, with one client-visible update; returns its id. */
    private String sharedProjectWithAnUpdate() {
        String project = write("POST", "/api/v1/projects", "{\"clientId\": \"" + contactClientId + "\", \"name\": \"Shared\"}")
                .json().path("id").asText();
        assertThat(write("PATCH", "/api/v1/projects/" + project, "{\"visibility\": \"client\"}").status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/projects/" + project, "{\"visibility\": \"everyone\"}").status())
                .isEqualTo(400);
        internalProject = write("POST", "/api/v1/projects", "{\"clientId\": \"" + contactClientId
                + "\", \"name\": \"Internal\"}").json().path("id").asText();
        Answer posted = write("POST", "/api/v1/projects/" + project + "/updates",
                "{\"body\": \"Design approved\", \"visibility\": \"client\"}");
        assertThat(posted.status()).isEqualTo(201);
        String update = posted.json().path("id").asText();
        assertThat(write("POST", "/api/v1/projects/" + project + "/updates", "{\"body\": \" \"}").status()).isEqualTo(400);
        assertThat(write("POST", "/api/v1/projects/00000000-0000-0000-0000-000000000000/updates",
                "{\"body\": \"Hi\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/projects/" + project + "/updates?visibility=client&limit=1", null,
                "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/projects/" + project + "/updates?visibility=secret", null,
                "Authorization", bearer).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/projects?visibility=client", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/updates/" + update, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/updates/not-an-id", null, "Authorization", bearer).status()).isEqualTo(404);
        assertThat(write("PATCH", "/api/v1/updates/" + update, "{\"body\": \"Design approved!\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/updates/" + update, "{\"body\": \"Stale\"}", "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(write("PATCH", "/api/v1/updates/" + update, "{\"author\": \"me\"}").status()).isEqualTo(400);
        return project;
    }

    @Test
    @Order(8)
    void portalRoutes_answerAsDocumented() {
        assertThat(api.call("POST", "/portal/api/v1/sessions", "{\"token\": \"nonsense\"}").status()).isEqualTo(401);
        assertThat(api.call("POST", "/portal/api/v1/sessions", "{\"token\": \"\"}").status()).isEqualTo(400);
        Answer opened = api.call("POST", "/portal/api/v1/sessions", "{\"token\": \"" + portalToken + "\"}");
        assertThat(opened.status()).isEqualTo(201);
        String portalCookie = opened.header("Set-Cookie").split(";")[0];
        String csrfOfPortal = opened.json().path("csrfToken").asText();
        assertThat(portalCookie).startsWith("portal_contact_session=");
        assertThat(opened.header("Set-Cookie")).contains("Path=/portal");
        Answer reused = api.call("POST", "/portal/api/v1/sessions", "{\"token\": \"" + portalToken + "\"}");
        assertThat(reused.json().path("code").asText()).isEqualTo("portal-link.used");

        assertThat(api.call("GET", "/portal/api/v1/me", null, "Cookie", portalCookie).status()).isEqualTo(200);
        String sharedProject = sharedProjectWithAnUpdate();
        assertThat(api.call("GET", "/portal/api/v1/projects?limit=1", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/projects?sort=status", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/portal/api/v1/projects/" + sharedProject, null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/projects/" + internalProject, null, "Cookie", portalCookie)
                .status()).isEqualTo(404);
        assertThat(api.call("GET", "/portal/api/v1/updates?projectId=" + sharedProject, null, "Cookie", portalCookie)
                .status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/updates?projectId=nope", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        String sharedTask = write("POST", "/api/v1/tasks", "{\"projectId\": \"" + sharedProject
                + "\", \"title\": \"Logo\", \"visibility\": \"client\"}").json().path("key").asText();
        assertThat(api.call("GET", "/portal/api/v1/tasks?status=open&limit=1", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/tasks?status=someday", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/portal/api/v1/tasks/" + sharedTask, null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/tasks/NOPE-1", null, "Cookie", portalCookie).status())
                .isEqualTo(404);
        commentRoutes_answerAsDocumented(sharedTask, portalCookie, csrfOfPortal);
        assertThat(write("POST", "/api/v1/tasks/" + sharedTask + "/transitions", "{\"to\": \"in_progress\"}").status())
                .isEqualTo(200);
        Answer feed = api.call("GET", "/portal/api/v1/feed?limit=2", null, "Cookie", portalCookie);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/feed?cursor=" + feed.json().path("nextCursor").asText(), null,
                "Cookie", portalCookie).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/feed?sort=kind", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        attachmentRoutes_answerAsDocumented(sharedTask, portalCookie, csrfOfPortal);
        String request = askRoutes_answerAsDocumented(sharedProject, portalCookie, csrfOfPortal);
        askAttachmentRoutes_answerAsDocumented(request, portalCookie, csrfOfPortal);
        capacityRoutes_answerAsDocumented(sharedTask, portalCookie);
        slaSettingsRoutes_answerAsDocumented();
        queueRoutes_answerAsDocumented();
        agendaRoutes_answerAsDocumented();
        String report = reportRoutes_answerAsDocumented(sharedProject, portalCookie, csrfOfPortal);
        metricRoutes_answerAsDocumented(sharedProject);
        checkpointRoutes_answerAsDocumented(sharedProject);
        docsRoutes_answerAsDocumented(contactClientId, portalCookie);
        assertThat(api.call("GET", "/api/v1/notifications?state=pending&type=update.posted&limit=2", null,
                "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/notifications?type=nonsense", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/digest", null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/job-runs?limit=5", null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/job-runs?sort=job", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/digest?operatorId=me", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/digest?operatorId=00000000-0000-0000-0000-000000000000", null,
                "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/clients/" + contactClientId + "/handoff", null, "Authorization", bearer)
                .status()).isEqualTo(200);
        Answer markdown = api.call("GET", "/api/v1/clients/" + contactClientId + "/handoff", null, "Authorization",
                bearer, "Accept", "text/markdown");
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.response().body()).startsWith("# Handoff: ");
        assertThat(api.call("GET", "/api/v1/clients/00000000-0000-0000-0000-000000000000/handoff", null,
                "Authorization", bearer).status()).isEqualTo(404);
        String asContact = "/api/v1/contacts/" + contactId + "/portal-view";
        for (String read : List.of("/me", "/projects", "/projects/" + sharedProject, "/updates?projectId=" + sharedProject,
                "/tasks", "/tasks/" + sharedTask, "/tasks/" + sharedTask + "/comments", "/search?q=desig",
                "/feed", "/requests", "/requests/" + request, "/requests/" + request + "/attachments", "/capacity",
                "/reports", "/reports/" + report, "/documents", "/invoices")) {
            assertThat(api.call("GET", asContact + read, null, "Authorization", bearer).status()).as(read).isEqualTo(200);
        }
        assertThat(api.call("GET", asContact + "/projects/" + internalProject, null, "Authorization", bearer).status())
                .isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/contacts/00000000-0000-0000-0000-000000000000/portal-view/me", null,
                "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api.call("GET", asContact + "/me", null, "Cookie", portalCookie).status()).isEqualTo(401);
        Answer found = api.call("GET", "/portal/api/v1/search?q=desig", null, "Cookie", portalCookie);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("items").get(0).path("snippet").get(0).path("highlighted").asBoolean()).isTrue();
        assertThat(api.call("GET", "/portal/api/v1/search?q=x&types=client", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/portal/api/v1/search?q=x", null, "Authorization", bearer).status()).isEqualTo(401);
        Answer searched = api.call("GET", "/api/v1/search?q=shared&types=project,update&limit=1", null,
                "Authorization", bearer);
        assertThat(searched.status()).isEqualTo(200);
        for (String bad : List.of("q=", "q=x&types=nope", "q=x&cursor=garbage", "q=" + "x".repeat(201), "q=x&sort=rank")) {
            assertThat(api.call("GET", "/api/v1/search?" + bad, null, "Authorization", bearer).status()).as(bad)
                    .isEqualTo(400);
        }
        assertThat(api.call("GET", "/portal/api/v1/sessions/current", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.call("GET", "/portal/api/v1/me", null, "Cookie", cookie).status()).isEqualTo(401);
        assertThat(api.call("GET", "/portal/api/v1/me", null, "Authorization", bearer).status()).isEqualTo(401);
        assertThat(api.call("GET", "/api/v1/me", null, "Cookie", portalCookie).status()).isEqualTo(401);
        assertThat(api.call("DELETE", "/portal/api/v1/sessions/current", null, "Cookie", portalCookie).status())
                .isEqualTo(403);
        assertThat(api.call("DELETE", "/portal/api/v1/sessions/current", null, "Cookie", portalCookie,
                "X-CSRF-Token", csrfOfPortal).status()).isEqualTo(204);
        assertThat(api.call("GET", "/portal/api/v1/me", null, "Cookie", portalCookie).status()).isEqualTo(401);
        assertThat(write("DELETE", "/api/v1/contacts/" + contactId + "/portal-access", null).status()).isEqualTo(204);
    }

    private void capacityRoutes_answerAsDocumented(String task, String portalCookie) {
        String[] key = {"Authorization", bearer};
        String budgets = "/api/v1/clients/" + contactClientId + "/capacity-budgets";
        Answer budget = api.call("POST", budgets, "{\"hours\": 2, \"clientVisible\": true}", key);
        assertThat(budget.status()).isEqualTo(201);
        String budgetId = budget.json().path("id").asText();
        assertThat(api.call("POST", budgets, "{\"hours\": 0.001}", key).status()).isEqualTo(400);
        assertThat(api.call("POST", "/api/v1/clients/00000000-0000-0000-0000-000000000000/capacity-budgets",
                "{\"hours\": 2}", key).status()).isEqualTo(404);
        assertThat(api.call("GET", budgets, null, key).status()).isEqualTo(200);
        assertThat(api.call("PATCH", "/api/v1/capacity-budgets/" + budgetId, "{\"hours\": 3}", key).status())
                .isEqualTo(200);
        assertThat(api.call("PATCH", "/api/v1/capacity-budgets/" + budgetId, "{\"hours\": 4}", "Authorization",
                bearer, "If-Match", "\"1\"").status()).isEqualTo(412);

        Answer logged = api.call("POST", "/api/v1/time-entries", "{\"clientId\": \"" + contactClientId
                + "\", \"taskKey\": \"" + task + "\", \"minutes\": 150, \"date\": \"2026-01-05\"}", key);
        assertThat(logged.status()).isEqualTo(201);
        String entry = "/api/v1/time-entries/" + logged.json().path("id").asText();
        assertThat(api.call("POST", "/api/v1/time-entries", "{\"clientId\": \"" + contactClientId
                + "\", \"minutes\": 1.5, \"date\": \"2026-01-05\"}", key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/time-entries?clientId=" + contactClientId + "&limit=1", null, key)
                .status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/time-entries?billable=maybe", null, key).status()).isEqualTo(400);
        assertThat(api.call("PATCH", entry, "{\"minutes\": 160}", key).status()).isEqualTo(200);
        assertThat(api.call("PATCH", entry, "{\"minutes\": \"lots\"}", key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/clients/" + contactClientId + "/capacity?from=2026-01-01&to=2026-01-31",
                null, key).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/clients/" + contactClientId + "/capacity?from=2026-01-31&to=2026-01-01",
                null, key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/portal/api/v1/capacity?from=2026-01-01&to=2026-01-31", null, "Cookie",
                portalCookie).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/capacity?from=soon", null, "Cookie", portalCookie).status())
                .isEqualTo(400);
        assertThat(api.call("DELETE", entry, null, "Authorization", bearer, "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(api.call("DELETE", entry, null, key).status()).isEqualTo(204);
        assertThat(api.call("DELETE", entry, null, key).status()).isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/capacity-budgets/" + budgetId, null, key).status()).isEqualTo(204);
    }

    /** Drafts, moves and publishes a report; returns its id. */
    private String reportRoutes_answerAsDocumented(String sharedProject, String portalCookie, String csrfOfPortal) {
        String period = "\"from\": \"2026-01-01\", \"to\": \"2026-01-31\"";
        Answer drafted = write("POST", "/api/v1/reports", "{\"clientId\": \"" + contactClientId
                + "\", \"projectId\": \"" + sharedProject + "\", " + period + "}");
        assertThat(drafted.status()).isEqualTo(201);
        String report = drafted.json().path("id").asText();
        assertThat(write("POST", "/api/v1/reports", "{\"clientId\": \"" + contactClientId + "\", \"projectId\": \""
                + internalProject + "\", " + period + "}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/reports", "{\"clientId\": \"" + contactClientId + "\"}").status())
                .isEqualTo(400);
        assertThat(write("POST", "/api/v1/reports", "{\"clientId\": \"00000000-0000-0000-0000-000000000000\", "
                + period + "}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/v1/reports?status=draft&limit=1", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/reports?status=sent", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/reports/" + report, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/reports/nope", null, "Authorization", bearer).status()).isEqualTo(404);
        assertThat(write("PATCH", "/api/v1/reports/" + report, "{\"title\": \"January\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        assertThat(write("PATCH", "/api/v1/reports/" + report, "{\"title\": \"\"}").status()).isEqualTo(400);
        assertThat(write("PATCH", "/api/v1/reports/" + report, "{\"title\": \"Late\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(412);
        for (String to : List.of("in_review", "approved")) {
            assertThat(write("POST", "/api/v1/reports/" + report + "/transitions", "{\"to\": \"" + to + "\"}")
                    .status()).isEqualTo(200);
        }
        assertThat(write("PATCH", "/api/v1/reports/" + report, "{\"body\": \"Changed\"}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/reports/" + report + "/transitions", "{\"to\": \"published\"}").status())
                .isEqualTo(200);
        assertThat(write("POST", "/api/v1/reports/" + report + "/transitions", "{\"to\": \"draft\"}").status())
                .isEqualTo(409);
        String[] contact = {"Cookie", portalCookie, "X-CSRF-Token", csrfOfPortal};
        assertThat(api.call("GET", "/portal/api/v1/reports?limit=1", null, contact).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/reports?sort=title", null, contact).status()).isEqualTo(400);
        assertThat(api.call("GET", "/portal/api/v1/reports/" + report, null, contact).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/reports/00000000-0000-0000-0000-000000000000", null,
                contact).status())
                .isEqualTo(404);
        assertThat(api.call("POST", "/portal/api/v1/reports/" + report + "/acknowledgement", null, contact).status())
                .isEqualTo(403);
        assertThat(write("PATCH", "/api/v1/contacts/" + contactId, "{\"rights\": [\"request\", \"upload\","
                + " \"approve\"]}").status()).isEqualTo(200);
        assertThat(api.call("POST", "/portal/api/v1/reports/" + report + "/acknowledgement", null, contact).status())
                .isEqualTo(200);
        return report;
    }

    private void metricRoutes_answerAsDocumented(String project) {
        String batch = "{\"points\": [{\"name\": \"deploys\", \"value\": 1, \"unit\": \"count\","
                + " \"at\": \"2026-01-05T08:00:00Z\", \"id\": \"d-1\"}]}";
        assertThat(api.call("POST", "/api/v1/projects/" + project + "/metrics", batch, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/projects/" + project + "/metrics", "{\"points\": []}", "Authorization",
                bearer).status()).isEqualTo(400);
        assertThat(api.call("POST", "/api/v1/projects/00000000-0000-0000-0000-000000000000/metrics", batch,
                "Authorization", bearer).status()).isEqualTo(404);
        String reader = "Bearer " + write("POST", "/api/v1/api-keys", "{\"name\": \"Dashboard\", \"role\": \"viewer\","
                + " \"scopes\": [\"read\"]}").json().path("key").asText();
        assertThat(api.call("POST", "/api/v1/projects/" + project + "/metrics", batch, "Authorization", reader)
                .status()).isEqualTo(403);
        assertThat(write("POST", "/api/v1/api-keys", "{\"name\": \"Odd\", \"scopes\": [\"everything\"]}")
                .status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/projects/" + project + "/metrics?name=deploys&from=2026-01-01&to=2026-01-31"
                + "&bucket=week", null, "Authorization", reader).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/projects/" + project + "/metrics?bucket=minute", null, "Authorization",
                reader).status()).isEqualTo(400);
    }

    private void docsRoutes_answerAsDocumented(String client, String portalCookie) {
        String settings = "/api/v1/integrations/klevar-docs";
        String secret = "a webhook secret of some length";
        assertThat(api.call("GET", settings, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(write("PUT", settings, "{\"secret\": \"short\", \"enabled\": true}").status()).isEqualTo(400);
        assertThat(write("PUT", settings, "{\"secret\": \"" + secret + "\", \"enabled\": true, \"apiKey\":"
                + " \"an api key of twenty-four chars\"}").status()).isEqualTo(200);
        assertThat(write("PUT", settings, "{\"enabled\": true}", "If-Match", "\"0\"").status()).isEqualTo(412);
        String webhook = "/api/v1/webhooks/klevar-docs/acme";
        String event = "{\"id\": \"evt_1\", \"type\": \"invoice.issued\", \"occurredAt\": \""
                + fakes.clock.now() + "\", \"data\": {\"id\": \"inv_1\", \"clientReference\": \"" + client
                + "\", \"title\": \"March\", \"currency\": \"EUR\", \"total\": \"1250.00\","
                + " \"clientVisible\": true}}";
        assertThat(signedWebhook(webhook, secret, event).status()).isEqualTo(200);
        assertThat(signedWebhook(webhook, secret, event.replace("invoice.issued", "invoice.refunded").replace("evt_1",
                "evt_2")).status()).isEqualTo(400);
        assertThat(api.call("POST", webhook, event, "Content-Type", "application/json").status()).isEqualTo(401);
        assertThat(signedWebhook("/api/v1/webhooks/klevar-docs/nobody", secret, event).status()).isEqualTo(404);
        Answer invoices = api.call("GET", "/api/v1/invoices?status=issued&limit=5", null, "Authorization", bearer);
        assertThat(invoices.status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/invoices?status=signed", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/documents?clientId=" + client, null, "Authorization", bearer).status())
                .isEqualTo(200);
        String invoice = "/api/v1/invoices/" + invoices.json().path("items").get(0).path("id").asText();
        assertThat(api.call("GET", invoice, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/documents/00000000-0000-0000-0000-000000000000", null, "Authorization",
                bearer).status()).isEqualTo(404);
        assertThat(api.call("GET", "/portal/api/v1/invoices", null, "Cookie", portalCookie).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/documents?limit=5", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(write("POST", invoice + "/refresh", null).status()).isEqualTo(409);
        String prefix = api.call("GET", "/api/v1/clients/" + client, null, "Authorization", bearer).json()
                .path("taskKeyPrefix").asText();
        fakes.docsApi.holds(new DocsFacts(DocsKind.DOCUMENT, "doc_1", prefix, "Statement of work", Optional.empty(),
                DocsStatus.SIGNED, Optional.empty(), Optional.empty(), Optional.empty(), true, fakes.clock.now()));
        fakes.docsApi.holds(new DocsFacts(DocsKind.INVOICE, "inv_1", prefix, "March", Optional.empty(),
                DocsStatus.PAID, Optional.empty(), Optional.empty(), Optional.empty(), true, fakes.clock.now()));
        assertThat(write("POST", "/api/v1/clients/" + client + "/documents/refresh", null).status()).isEqualTo(200);
        assertThat(write("POST", invoice + "/refresh", null).status()).isEqualTo(200);
        String document = "/api/v1/documents/" + api.call("GET", "/api/v1/documents", null, "Authorization", bearer)
                .json().path("items").get(0).path("id").asText();
        assertThat(api.call("GET", document, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(write("POST", document + "/refresh", null).status()).isEqualTo(200);
        assertThat(write("POST", "/api/v1/documents/00000000-0000-0000-0000-000000000000/refresh", null).status())
                .isEqualTo(404);
        fakes.docsApi.down(true);
        assertThat(write("POST", invoice + "/refresh", null).status()).isEqualTo(503);
        fakes.docsApi.down(false);
    }

    private Answer signedWebhook(String path, String secret, String body) {
        String timestamp = String.valueOf(fakes.clock.now().getEpochSecond());
        return api.call("POST", path, body, "Content-Type", "application/json", "X-Klevar-Timestamp", timestamp,
                "X-Klevar-Signature", PlainWebhookSignatures.sign(secret, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)));
    }

    private void checkpointRoutes_answerAsDocumented(String project) {
        String path = "/api/v1/projects/" + project + "/checkpoints";
        Answer planned = write("POST", path, "{\"title\": \"Status review\", \"every\": \"week\", \"on\": \"friday\"}");
        assertThat(planned.status()).isEqualTo(201);
        assertThat(write("POST", path, "{\"title\": \"Call\", \"every\": \"month\", \"on\": \"31\"}").status())
                .isEqualTo(400);
        assertThat(write("POST", "/api/v1/projects/00000000-0000-0000-0000-000000000000/checkpoints",
                "{\"title\": \"Call\", \"every\": \"week\", \"on\": \"friday\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", path, null, "Authorization", bearer).status()).isEqualTo(200);
        String checkpoint = "/api/v1/checkpoints/" + planned.json().path("id").asText();
        assertThat(write("DELETE", checkpoint, null).status()).isEqualTo(204);
        assertThat(write("DELETE", checkpoint, null).status()).isEqualTo(404);
    }

    private void agendaRoutes_answerAsDocumented() {
        String[] key = {"Authorization", bearer};
        assertThat(api.call("GET", "/api/v1/due?within=30d&limit=5", null, key).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/due?within=7", null, key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/stale?days=1", null, key).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/stale?days=0", null, key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/stale?sort=-updatedAt", null, key).status()).isEqualTo(400);
    }

    private void queueRoutes_answerAsDocumented() {
        String[] key = {"Authorization", bearer};
        Answer first = api.call("GET", "/api/v1/queue?limit=1", null, key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("items")).hasSize(1);
        assertThat(api.call("GET", "/api/v1/queue?cursor=garbage", null, key).status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/queue?sort=-urgency", null, key).status()).isEqualTo(400);
        String item = first.json().path("items").get(0).path("id").asText();
        assertThat(api.call("POST", "/api/v1/queue/" + item + "/snooze", "{\"until\": \"2020-01-01T00:00:00Z\"}",
                key).status()).isEqualTo(400);
        assertThat(api.call("POST", "/api/v1/queue/" + item + "/snooze", "{\"until\": \"2099-01-01T00:00:00Z\"}",
                key).status()).isEqualTo(400);
        String tomorrow = fakes.clock.now().plus(Duration.ofDays(1)).toString();
        assertThat(api.call("POST", "/api/v1/queue/" + item + "/snooze", "{\"until\": \"" + tomorrow + "\"}",
                key).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/queue/" + item + "/acknowledgement", null, key).status()).isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/queue/task_overdue.ZZ-1.2026-01-01/acknowledgement", null, key)
                .status()).isEqualTo(404);
    }

    private void slaSettingsRoutes_answerAsDocumented() {
        String[] key = {"Authorization", bearer};
        assertThat(api.call("GET", "/api/v1/settings/business-hours", null, key).status()).isEqualTo(200);
        String hours = "{\"timeZone\": \"Europe/Berlin\", \"workingDays\": [\"monday\"], \"opens\": \"09:00\","
                + " \"closes\": \"17:00\", \"holidays\": [\"2026-12-25\"]}";
        assertThat(api.call("PUT", "/api/v1/settings/business-hours", hours, key).status()).isEqualTo(200);
        assertThat(api.call("PUT", "/api/v1/settings/business-hours", hours, "Authorization", bearer, "If-Match",
                "\"0\"").status()).isEqualTo(412);
        assertThat(api.call("PUT", "/api/v1/settings/business-hours", "{\"timeZone\": \"Mars\"}", key).status())
                .isEqualTo(400);
        Answer policy = api.call("GET", "/api/v1/settings/sla", null, key);
        assertThat(policy.status()).isEqualTo(200);
        String targets = "{\"targets\": " + policy.json().path("targets") + "}";
        assertThat(api.call("PUT", "/api/v1/settings/sla", targets, key).status()).isEqualTo(200);
        assertThat(api.call("PUT", "/api/v1/settings/sla", "{\"targets\": {}}", key).status()).isEqualTo(400);
    }

    private void commentRoutes_answerAsDocumented(String task, String portalCookie, String csrfOfPortal) {
        String comments = "/api/v1/tasks/" + task + "/comments";
        Answer posted = write("POST", comments, "{\"body\": \"Logo is in\", \"visibility\": \"client\"}");
        assertThat(posted.status()).isEqualTo(201);
        String comment = "/api/v1/comments/" + posted.json().path("id").asText();
        assertThat(write("POST", comments, "{\"body\": \" \"}").status()).isEqualTo(400);
        assertThat(write("POST", "/api/v1/tasks/NOPE-1/comments", "{\"body\": \"Hi\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", comments + "?visibility=client&limit=1", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", comments + "?visibility=secret", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(write("PATCH", comment, "{\"body\": \"Logo is in!\"}", "If-Match", "\"1\"").status())
                .isEqualTo(200);
        assertThat(write("PATCH", comment, "{\"body\": \"Stale\"}", "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(write("PATCH", comment, "{\"author\": \"me\"}").status()).isEqualTo(400);
        assertThat(write("PATCH", "/api/v1/comments/not-an-id", "{\"body\": \"Hi\"}").status()).isEqualTo(404);

        String shared = "/portal/api/v1/tasks/" + task + "/comments";
        assertThat(api.call("GET", shared + "?limit=1", null, "Cookie", portalCookie).status()).isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/tasks/NOPE-1/comments", null, "Cookie", portalCookie).status())
                .isEqualTo(404);
        assertThat(api.call("POST", shared, "{\"body\": \"Thanks!\"}", "Cookie", portalCookie,
                "X-CSRF-Token", csrfOfPortal).status()).isEqualTo(201);
        assertThat(api.call("POST", shared, "{\"body\": \"\"}", "Cookie", portalCookie,
                "X-CSRF-Token", csrfOfPortal).status()).isEqualTo(400);
        assertThat(api.call("POST", "/portal/api/v1/tasks/NOPE-1/comments", "{\"body\": \"Hi\"}", "Cookie",
                portalCookie, "X-CSRF-Token", csrfOfPortal).status()).isEqualTo(404);
    }

    /** Files a task request and a bug in the portal, classifies, drafts and answers; returns the bug's key. */
    private String askRoutes_answerAsDocumented(String project, String portalCookie, String csrfOfPortal) {
        String[] asContact = {"Cookie", portalCookie, "X-CSRF-Token", csrfOfPortal};
        Answer requested = api.call("POST", "/portal/api/v1/requests", "{\"projectId\": \"" + project
                + "\", \"kind\": \"task\", \"title\": \"New page\"}", asContact);
        assertThat(requested.status()).isEqualTo(201);
        Answer bug = api.call("POST", "/portal/api/v1/requests", "{\"kind\": \"bug\", \"title\": \"Broken\"}",
                asContact);
        assertThat(bug.status()).isEqualTo(201);
        String key = bug.json().path("key").asText();
        for (String bad : List.of("{\"kind\": \"wish\", \"title\": \"x\"}", "{\"kind\": \"task\", \"title\": \"x\"}",
                "{\"kind\": \"bug\", \"title\": \" \"}", "{\"kind\": \"bug\", \"title\": \"x\", \"state\": 1}")) {
            assertThat(api.call("POST", "/portal/api/v1/requests", bad, asContact).status()).as(bad).isEqualTo(400);
        }
        assertThat(api.call("POST", "/portal/api/v1/requests", "{\"projectId\": \"" + internalProject
                + "\", \"kind\": \"bug\", \"title\": \"x\"}", asContact).status()).isEqualTo(404);
        assertThat(api.call("GET", "/portal/api/v1/requests?limit=1", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/requests/" + key, null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/requests/NOPE-1", null, "Cookie", portalCookie).status())
                .isEqualTo(404);

        assertThat(api.call("GET", "/api/v1/asks?classified=false&limit=1", null, "Authorization", bearer).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/asks?classified=maybe", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/asks/" + key, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/asks/" + requested.json().path("key").asText(), null,
                "Authorization", bearer).status()).isEqualTo(404);
        String classification = "/api/v1/asks/" + key + "/classification";
        assertThat(write("POST", classification, "{\"as\": \"unclassified\"}").status()).isEqualTo(400);
        assertThat(write("POST", classification, "{\"as\": \"bug\"}").status()).as("no project").isEqualTo(400);
        assertThat(write("POST", classification, "{\"as\": \"question\"}", "If-Match", "\"9\"").status())
                .isEqualTo(412);
        assertThat(write("POST", classification, "{\"as\": \"bug\", \"projectId\": \"" + project + "\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(write("POST", classification, "{\"as\": \"question\"}").status()).isEqualTo(409);
        assertThat(write("POST", "/api/v1/asks/" + key + "/reply-drafts", null).status()).isEqualTo(201);
        assertThat(write("POST", "/api/v1/asks/NOPE-1/reply-drafts", null).status()).isEqualTo(404);
        assertThat(write("POST", "/api/v1/asks/" + key + "/replies", "{\"body\": \"On it\"}").status()).isEqualTo(201);
        assertThat(write("POST", "/api/v1/asks/" + key + "/replies", "{\"body\": \"\"}").status()).isEqualTo(400);
        return key;
    }

    private void attachmentRoutes_answerAsDocumented(String task, String portalCookie, String csrfOfPortal) {
        Answer uploaded = upload("/api/v1/tasks/" + task + "/attachments", multipart("notes.txt", "the notes"));
        assertThat(uploaded.status()).isEqualTo(201);
        String id = uploaded.json().path("items").get(0).path("id").asText();
        assertThat(upload("/api/v1/tasks/NOPE-1/attachments", multipart("a.txt", "a")).status()).isEqualTo(404);
        assertThat(write("POST", "/api/v1/tasks/" + task + "/attachments", "{}").status()).isEqualTo(415);
        assertThat(upload("/api/v1/tasks/" + task + "/attachments", multipart("setup.exe", "MZ\u0090\u0000 program"))
                .status()).isEqualTo(415);
        assertThat(api.call("GET", "/api/v1/tasks/" + task + "/attachments", null, "Authorization", bearer).status())
                .isEqualTo(200);
        String project = api.call("GET", "/api/v1/tasks/" + task, null, "Authorization", bearer).json()
                .path("projectId").asText();
        String update = write("POST", "/api/v1/projects/" + project + "/updates",
                "{\"body\": \"Files are in\", \"visibility\": \"client\"}").json().path("id").asText();
        String comment = write("POST", "/api/v1/tasks/" + task + "/comments",
                "{\"body\": \"See the file\", \"visibility\": \"client\"}").json().path("id").asText();
        for (String parent : new String[] {"/updates/" + update, "/comments/" + comment}) {
            assertThat(upload("/api/v1" + parent + "/attachments", multipart("plan.txt", "the plan")).status())
                    .isEqualTo(201);
            assertThat(api.call("GET", "/api/v1" + parent + "/attachments", null, "Authorization", bearer).status())
                    .isEqualTo(200);
            assertThat(api.call("GET", "/portal/api/v1" + parent + "/attachments", null, "Cookie", portalCookie)
                    .status()).isEqualTo(200);
            assertThat(api.call("GET", "/api/v1/contacts/" + contactId + "/portal-view" + parent + "/attachments",
                    null, "Authorization", bearer).status()).isEqualTo(200);
        }
        assertThat(api.call("GET", "/portal/api/v1/comments/not-an-id/attachments", null, "Cookie", portalCookie)
                .status()).isEqualTo(404);
        assertThat(api.call("GET", "/portal/api/v1/files?limit=1", null, "Cookie", portalCookie).status())
                .isEqualTo(200);
        assertThat(api.call("GET", "/portal/api/v1/files?cursor=not-a-cursor", null, "Cookie", portalCookie)
                .status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/contacts/" + contactId + "/portal-view/files", null,
                "Authorization", bearer).status()).isEqualTo(200);
        sharedUploads_answerAsDocumented("/portal/api/v1/tasks/", task, portalCookie, csrfOfPortal);
        assertThat(api.call("GET", "/api/v1/contacts/" + contactId + "/portal-view/tasks/" + task + "/attachments",
                null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(upload("/api/v1/tasks/" + task + "/attachments", multipart("1.txt", "1", "2.txt", "2", "3.txt",
                "3", "4.txt", "4")).status()).isEqualTo(413);

        assertThat(api.call("GET", "/api/v1/attachments/" + id, null, "Authorization", bearer).status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/attachments/not-an-id", null, "Authorization", bearer).status())
                .isEqualTo(404);
        Answer link = write("POST", "/api/v1/attachments/" + id + "/download-link", null);
        assertThat(link.status()).isEqualTo(201);
        assertThat(write("POST", "/api/v1/attachments/not-an-id/download-link", null).status()).isEqualTo(404);
        Answer file = api.call("GET", pathOf(link), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.response().body()).isEqualTo("the notes");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"notes.txt\";"
                + " filename*=UTF-8''notes.txt");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.call("GET", "/files/forged", null).json().path("code").asText()).isEqualTo("file-link.invalid");

        String sharedLink = "/portal/api/v1/attachments/" + id + "/download-link";
        Answer linkOfContact = api.call("POST", sharedLink, null, "Cookie", portalCookie, "X-CSRF-Token", csrfOfPortal);
        assertThat(linkOfContact.status()).isEqualTo(201);
        assertThat(api.call("POST", "/portal/api/v1/attachments/not-an-id/download-link", null, "Cookie", portalCookie,
                "X-CSRF-Token", csrfOfPortal).status()).isEqualTo(404);
        fakes.clock.advance(Duration.ofMinutes(16));
        assertThat(api.call("GET", pathOf(linkOfContact), null).json().path("code").asText())
                .isEqualTo("file-link.expired");
    }

    private void askAttachmentRoutes_answerAsDocumented(String ask, String portalCookie, String csrfOfPortal) {
        String ofAsk = "/api/v1/asks/" + ask + "/attachments";
        assertThat(upload(ofAsk, multipart("fix.txt", "the fix")).status()).isEqualTo(201);
        assertThat(upload("/api/v1/asks/NOPE-1/attachments", multipart("a.txt", "a")).status()).isEqualTo(404);
        assertThat(api.call("GET", ofAsk, null, "Authorization", bearer).status()).isEqualTo(200);
        sharedUploads_answerAsDocumented("/portal/api/v1/requests/", ask, portalCookie, csrfOfPortal);
    }

    /** A contact's upload to a parent under this path and its list; an unknown key is 404 to both. */
    private void sharedUploads_answerAsDocumented(String parents, String key, String portalCookie,
                                                  String csrfOfPortal) {
        for (String parent : List.of(key, "NOPE-1")) {
            String path = parents + parent + "/attachments";
            int expected = parent.equals(key) ? 201 : 404;
            assertThat(api.send("POST", path, multipart("from-the-client.txt", "from the client"), MULTIPART, "Cookie",
                    portalCookie, "X-CSRF-Token", csrfOfPortal).status()).as(path).isEqualTo(expected);
            assertThat(api.call("GET", path, null, "Cookie", portalCookie).status()).as(path)
                    .isEqualTo(expected == 201 ? 200 : 404);
        }
    }

    private static final String BOUNDARY = "live-test-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** A multipart body of files, given as names and contents, alternating. */
    private static String multipart(String... namesAndContents) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(namesAndContents[i]).append("\"\r\n\r\n").append(namesAndContents[i + 1]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private Answer upload(String path, String body) {
        return api.send("POST", path, body, MULTIPART, "Cookie", cookie, "X-CSRF-Token", csrf);
    }

    private static String pathOf(Answer link) {
        String url = link.json().path("url").asText();
        return url.substring(url.indexOf("/files/"));
    }

    @Test
    @Order(9)
    void auditAndSignOut_answerAsDocumented() {
        Answer page = api.call("GET", "/api/v1/audit-events?entityType=client&limit=1", null, "Authorization", bearer);
        assertThat(page.status()).isEqualTo(200);
        String cursor = page.json().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        assertThat(api.call("GET", "/api/v1/audit-events?entityType=client&cursor=" + cursor, null, "Authorization", bearer)
                .status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/v1/audit-events?cursor=forged", null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/audit-events?sort=at&cursor=" + cursor, null, "Authorization", bearer)
                .status()).isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/audit-events?cursor=" + cursor, null, "Authorization", bearer).status())
                .isEqualTo(400);
        assertThat(api.call("GET", "/api/v1/audit-events?entityType=receipt", null, "Authorization", bearer).status())
                .isEqualTo(400);

        assertThat(api.call("DELETE", "/api/v1/sessions/current", null, "Cookie", cookie).status()).isEqualTo(403);
        assertThat(write("DELETE", "/api/v1/sessions/current", null).status()).isEqualTo(204);
        assertThat(api.call("GET", "/api/v1/me", null, "Cookie", cookie).status()).isEqualTo(401);
        Answer again = api.call("POST", "/api/v1/sessions",
                "{\"tenant\": \"acme\", \"email\": \"olive@acme.test\", \"password\": \"" + OWNER_PASSWORD + "\"}");
        cookie = again.header("Set-Cookie").split(";")[0];
        csrf = again.json().path("csrfToken").asText();
        assertThat(write("DELETE", "/api/v1/sessions", null).status()).isEqualTo(204);
    }

    @Test
    @Order(10)
    void aSpentRateLimit_isA429WithRetryAfter() {
        Answer answer = null;
        for (int i = 0; i < 25 && (answer == null || answer.status() != 429); i++) {
            answer = api.call("POST", "/api/v1/public/acme/intake", "{\"name\": \"Spam " + i + "\", \"email\": \"s@spam.test\"}");
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.json().path("retryAfterSeconds").asLong()).isPositive();
    }

    @Test
    @Order(11)
    void everyDocumentedOperation_answeredWithASuccess() {
        List<String> documented = OpenApiDocument.served().operations().stream().map(OpenApiDocument.Operation::label).toList();

        assertThat(api.succeeded()).containsExactlyInAnyOrderElementsOf(documented);
    }

    /** A cookie-authenticated write, with the session's CSRF token. */
    private Answer write(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Cookie";
        all[1] = cookie;
        all[2] = "X-CSRF-Token";
        all[3] = csrf;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return api.call(method, path, body, all);
    }
}
