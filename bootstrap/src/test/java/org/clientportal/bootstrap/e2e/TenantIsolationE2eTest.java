package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Another tenant's ids answer 404 for every verb, whatever the credentials, and change nothing. */
class TenantIsolationE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency victim;
    private static Agency intruder;
    private static String clientId;
    private static String projectId;
    private static String taskKey;
    private static String operatorId;
    private static String apiKeyId;
    private static String commentId;

    @BeforeAll
    static void twoAgencies() {
        victim = PORTAL.newAgency();
        intruder = PORTAL.newAgency();
        JsonNode client = victim.client("Victim's client", "onboarding");
        clientId = client.path("id").asText();
        JsonNode project = victim.project(clientId, "Victim's project");
        projectId = project.path("id").asText();
        taskKey = victim.task(projectId, "Victim's task").path("key").asText();
        victim.owner().put("/api/v1/projects/" + projectId + "/milestones", Map.of("milestones",
                List.of(Map.of("key", "secret", "title", "Secret", "taskKeys", List.of(taskKey))))).expect(200);
        commentId = victim.owner().post("/api/v1/tasks/" + taskKey + "/comments", Map.of("body", "Secret note"))
                .expect(201).json().path("id").asText();
        operatorId = victim.addOperator("member").path("id").asText();
        apiKeyId = victim.owner().post("/api/v1/api-keys", Map.of("name", "victim's key")).expect(201).json()
                .path("id").asText();
    }

    /** Every route that takes an id, with a body that would be valid in the right tenant. */
    static Stream<Arguments> everyVerbOnAnotherTenantsIds() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/clients/{client}", null),
                Arguments.of("PATCH", "/api/v1/clients/{client}", Map.of("name", "Stolen")),
                Arguments.of("POST", "/api/v1/clients/{client}/transitions", Map.of("to", "active")),
                Arguments.of("POST", "/api/v1/projects", Map.of("clientId", "{client}", "name", "Planted")),
                Arguments.of("GET", "/api/v1/projects/{project}", null),
                Arguments.of("PATCH", "/api/v1/projects/{project}", Map.of("name", "Stolen")),
                Arguments.of("POST", "/api/v1/projects/{project}/transitions", Map.of("to", "active")),
                Arguments.of("PUT", "/api/v1/projects/{project}/milestones", Map.of("milestones", List.of())),
                Arguments.of("GET", "/api/v1/projects/{project}/milestones", null),
                Arguments.of("POST", "/api/v1/projects/{project}/milestones/secret/completion", null),
                Arguments.of("POST", "/api/v1/tasks", Map.of("projectId", "{project}", "title", "Planted")),
                Arguments.of("GET", "/api/v1/tasks/{task}", null),
                Arguments.of("PATCH", "/api/v1/tasks/{task}", Map.of("title", "Stolen")),
                Arguments.of("POST", "/api/v1/tasks/{task}/transitions", Map.of("to", "done")),
                Arguments.of("POST", "/api/v1/tasks/{task}/comments", Map.of("body", "Planted")),
                Arguments.of("GET", "/api/v1/tasks/{task}/comments", null),
                Arguments.of("PATCH", "/api/v1/comments/{comment}", Map.of("visibility", "client")),
                Arguments.of("PATCH", "/api/v1/operators/{operator}", Map.of("role", "viewer")),
                Arguments.of("DELETE", "/api/v1/operators/{operator}", null),
                Arguments.of("DELETE", "/api/v1/api-keys/{key}", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyVerbOnAnotherTenantsIds")
    void withASession_anotherTenantsIdIs404(String method, String path, Map<String, Object> body) {
        send(intruder.owner(), method, path, body).expectProblem(404, "not-found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyVerbOnAnotherTenantsIds")
    void withAnAdminApiKey_anotherTenantsIdIs404(String method, String path, Map<String, Object> body) {
        if (path.startsWith("/api/v1/operators/")) {
            // Managing operators takes a signed-in person: a key is refused before any id is looked at,
            // so the answer says nothing about whether the id exists.
            send(intruder.apiKey("admin"), method, path, body).expectProblem(403, "signed-in-operator-required");
            return;
        }
        send(intruder.apiKey("admin"), method, path, body).expectProblem(404, "not-found");
    }

    @Test
    void nothingOfTheVictimChanged_andNothingShowsInTheIntrudersLists() {
        JsonNode client = victim.owner().get("/api/v1/clients/" + clientId).expect(200).json();
        JsonNode project = victim.owner().get("/api/v1/projects/" + projectId).expect(200).json();

        assertThat(client.path("name").asText()).isEqualTo("Victim's client");
        assertThat(client.path("status").asText()).isEqualTo("onboarding");
        assertThat(project.path("name").asText()).isEqualTo("Victim's project");
        assertThat(project.path("milestones")).hasSize(1);
        assertThat(project.path("milestones").get(0).path("completedAt").isNull()).isTrue();
        JsonNode task = victim.owner().get("/api/v1/tasks/" + taskKey).expect(200).json();
        assertThat(task.path("title").asText()).isEqualTo("Victim's task");
        assertThat(task.path("status").asText()).isEqualTo("open");
        assertThat(victim.owner().get("/api/v1/tasks").expect(200).json().path("items")).hasSize(1);
        assertThat(victim.owner().get("/api/v1/tasks/" + taskKey + "/comments").expect(200).json().path("items"))
                .extracting(c -> c.path("visibility").asText()).containsExactly("internal");
        assertThat(victim.owner().get("/api/v1/operators").expect(200).json().path("items")).hasSize(2);
        assertThat(victim.owner().get("/api/v1/api-keys").expect(200).json().path("items").get(0)
                .path("revokedAt").isNull()).isTrue();
        assertThat(victim.owner().get("/api/v1/projects").expect(200).json().path("items")).hasSize(1);

        ApiClient intruderOwner = intruder.owner();
        assertThat(intruderOwner.get("/api/v1/clients").expect(200).json().path("items")).isEmpty();
        assertThat(intruderOwner.get("/api/v1/projects?clientId=" + clientId).expect(200).json().path("items")).isEmpty();
        assertThat(intruderOwner.get("/api/v1/tasks").expect(200).json().path("items")).isEmpty();
        assertThat(intruderOwner.get("/api/v1/tasks?projectId=" + projectId).expect(200).json().path("items")).isEmpty();
        assertThat(intruderOwner.get("/api/v1/audit-events?entityId=" + clientId).expect(200).json().path("items"))
                .isEmpty();
        assertThat(intruderOwner.get("/api/v1/operators").expect(200).json().toString()).doesNotContain(operatorId);
        assertThat(intruderOwner.get("/api/v1/api-keys").expect(200).json().toString()).doesNotContain(apiKeyId);
    }

    @Test
    void aKeyNamingAnotherTenant_isJustAnUnknownKey() {
        String key = intruder.owner().post("/api/v1/api-keys", Map.of("name", "mine")).expect(201).json()
                .path("key").asText();
        String victimTenantHex = victim.id().replace("-", "");
        // The secret is the last 43 characters (it may itself contain '_').
        String transplanted = "cmp_" + victimTenantHex + "_" + key.substring(key.length() - 43);

        PORTAL.anonymous().withApiKey(transplanted).get("/api/v1/clients").expectProblem(401, "unauthenticated");
    }

    private static ApiResponse send(ApiClient caller, String method, String template, Map<String, Object> body) {
        var call = caller.call(method, withIds(template));
        if (body != null) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            body.forEach((field, value) -> resolved.put(field, value instanceof String text ? withIds(text) : value));
            call.json(resolved);
        }
        return call.send();
    }

    /** Fills in the victim's ids where a path or a body names them by placeholder. */
    private static String withIds(String template) {
        return template.replace("{client}", clientId).replace("{project}", projectId).replace("{task}", taskKey)
                .replace("{operator}", operatorId).replace("{key}", apiKeyId)
                .replace("{comment}", commentId);
    }
}
