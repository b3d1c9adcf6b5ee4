package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guards on writes: the CSRF token, If-Match against the ETag, and Idempotency-Key on POST. */
class WriteSafetyE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void cookieWrites_withoutOrWithAWrongCsrfToken_are403_andChangeNothing() {
        JsonNode client = agency.client("Guarded");
        String path = "/api/v1/clients/" + client.path("id").asText();
        ApiClient owner = agency.owner();

        owner.call("POST", "/api/v1/clients").withoutCsrf().json(Map.of("name", "Forged")).send()
                .expectProblem(403, "csrf-token-mismatch");
        owner.call("POST", "/api/v1/clients").header(ApiClient.CSRF_HEADER, "wrong").json(Map.of("name", "Forged"))
                .send().expectProblem(403, "csrf-token-mismatch");
        owner.call("PATCH", path).withoutCsrf().json(Map.of("name", "Forged")).send()
                .expectProblem(403, "csrf-token-mismatch");
        owner.call("POST", path + "/transitions").header(ApiClient.CSRF_HEADER, "").json(Map.of("to", "onboarding"))
                .send().expectProblem(403, "csrf-token-mismatch");
        owner.call("DELETE", "/api/v1/sessions/current").withoutCsrf().send()
                .expectProblem(403, "csrf-token-mismatch");

        assertThat(owner.get("/api/v1/clients?q=Forged").expect(200).json().path("items")).isEmpty();
        assertThat(owner.get(path).expect(200).json().path("version").asLong()).isEqualTo(1);
        owner.get("/api/v1/me").expect(200);
    }

    @Test
    void cookieWrites_withTheSessionsCsrfToken_succeed() {
        agency.owner().post("/api/v1/clients", Map.of("name", "With token")).expect(201);
    }

    @Test
    void anotherSessionsCsrfToken_doesNotFit() {
        ApiClient other = agency.owner().signIn(agency.slug(), agency.ownerEmail(), Agency.PASSWORD);
        ApiClient mixed = agency.owner().withSession(agency.owner().sessionId(), other.csrfToken());

        mixed.post("/api/v1/clients", Map.of("name", "Mixed")).expectProblem(403, "csrf-token-mismatch");
    }

    @Test
    void getSendsAnETag_aStaleIfMatchIs412_andTheCurrentOneIs200WithANewETag() {
        JsonNode client = agency.client("Versioned");
        String path = "/api/v1/clients/" + client.path("id").asText();
        String etag = agency.owner().get(path).expect(200).header("ETag");
        agency.owner().patch(path, Map.of("name", "Someone else's edit")).expect(200);

        JsonNode stale = agency.owner().call("PATCH", path).ifMatch(etag).json(Map.of("name", "Mine")).send()
                .expectProblem(412, "stale-version");
        String current = agency.owner().get(path).expect(200).header("ETag");
        ApiResponse fresh = agency.owner().call("PATCH", path).ifMatch(current).json(Map.of("name", "Mine")).send()
                .expect(200);

        assertThat(etag).isEqualTo("\"1\"");
        assertThat(stale.path("currentVersion").asLong()).isEqualTo(2);
        assertThat(current).isEqualTo("\"2\"");
        assertThat(fresh.header("ETag")).isEqualTo("\"3\"");
        assertThat(fresh.json().path("name").asText()).isEqualTo("Mine");
    }

    @Test
    void ifMatchGuardsTransitionsAndProjectsToo_andAMalformedIfMatchIs412() {
        JsonNode client = agency.client("Guarded moves", "onboarding");
        String clientPath = "/api/v1/clients/" + client.path("id").asText();
        JsonNode project = agency.project(client.path("id").asText(), "Guarded project");
        String projectPath = "/api/v1/projects/" + project.path("id").asText();

        agency.owner().call("POST", clientPath + "/transitions").ifMatch("\"1\"").json(Map.of("to", "active")).send()
                .expectProblem(412, "stale-version");
        agency.owner().call("POST", clientPath + "/transitions").ifMatch("\"2\"").json(Map.of("to", "active")).send()
                .expect(200);
        agency.owner().call("PATCH", projectPath).ifMatch("\"7\"").json(Map.of("name", "X")).send()
                .expectProblem(412, "stale-version");
        agency.owner().call("PATCH", projectPath).ifMatch("yesterday").json(Map.of("name", "X")).send()
                .expectProblem(412, "precondition-failed");
        assertThat(agency.owner().get(projectPath).expect(200).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aWeakIfMatch_neverMatches_soItIs412EvenForTheCurrentVersion() {
        JsonNode client = agency.client("Strongly guarded", "onboarding");
        String clientPath = "/api/v1/clients/" + client.path("id").asText();
        String projectPath = "/api/v1/projects/" + agency.project(client.path("id").asText(), "Strong").path("id").asText();

        JsonNode patch = agency.owner().call("PATCH", clientPath).ifMatch("W/\"2\"").json(Map.of("name", "Weak")).send()
                .expectProblem(412, "precondition-failed");
        agency.owner().call("POST", clientPath + "/transitions").ifMatch("W/\"2\"").json(Map.of("to", "active")).send()
                .expectProblem(412, "precondition-failed");
        agency.owner().call("PUT", projectPath + "/milestones").ifMatch("W/\"1\"")
                .json(Map.of("milestones", List.of())).send().expectProblem(412, "precondition-failed");

        assertThat(patch.path("detail").asText()).contains("strong comparison");
        assertThat(agency.owner().get(clientPath).expect(200).header("ETag")).isEqualTo("\"2\"");
        assertThat(agency.owner().get(projectPath).expect(200).header("ETag")).isEqualTo("\"1\"");
        agency.owner().call("PATCH", clientPath).ifMatch("\"2\"").json(Map.of("name", "Strong")).send().expect(200);
    }

    @Test
    void aRepeatedIdempotencyKey_withTheSameBody_answersTheFirstResponseAgain_andCreatesNothingTwice() {
        Map<String, Object> body = Map.of("name", "Exactly once", "company", "Idem Ltd");

        ApiResponse first = agency.owner().call("POST", "/api/v1/clients").idempotencyKey("create-once-1")
                .json(body).send().expect(201);
        ApiResponse again = agency.owner().call("POST", "/api/v1/clients").idempotencyKey("create-once-1")
                .json(body).send();

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(agency.owner().get("/api/v1/clients?q=Exactly once".replace(" ", "%20")).expect(200).json()
                .path("items")).hasSize(1);
    }

    @Test
    void aRepeatedApiKeyCreation_doesNotShowTheKeyAgain_andCreatesOneKey() {
        Map<String, Object> body = Map.of("name", "Exactly one key");

        ApiResponse first = agency.owner().call("POST", "/api/v1/api-keys").idempotencyKey("key-once-1")
                .json(body).send().expect(201);
        ApiResponse again = agency.owner().call("POST", "/api/v1/api-keys").idempotencyKey("key-once-1")
                .json(body).send().expect(201);

        assertThat(first.json().path("key").asText()).startsWith("cmp_");
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(again.json().path("key").isNull()).isTrue();
        assertThat(agency.owner().get("/api/v1/api-keys").expect(200).json().path("items").findValuesAsText("name"))
                .containsOnlyOnce("Exactly one key");
    }

    @Test
    void aRepeatedIdempotencyKey_withADifferentBody_is422_andCreatesNothing() {
        agency.owner().call("POST", "/api/v1/clients").idempotencyKey("create-once-2")
                .json(Map.of("name", "First body")).send().expect(201);

        agency.owner().call("POST", "/api/v1/clients").idempotencyKey("create-once-2")
                .json(Map.of("name", "Second body")).send().expectProblem(422, "idempotency-key-reused");

        assertThat(agency.owner().get("/api/v1/clients?q=Second%20body").expect(200).json().path("items")).isEmpty();
    }

    @Test
    void aRefusedRequest_doesNotSpendItsIdempotencyKey_soARetryRunsForReal() {
        String clientId = agency.client("Returning", "offboarded").path("id").asText();
        Map<String, Object> body = Map.of("clientId", clientId, "name", "Second engagement");

        agency.owner().call("POST", "/api/v1/projects").idempotencyKey("retry-after-fix").json(body).send()
                .expectProblem(409, "project.client-offboarded");
        agency.move("clients", clientId, "onboarding");
        ApiResponse retried = agency.owner().call("POST", "/api/v1/projects").idempotencyKey("retry-after-fix")
                .json(body).send().expect(201);

        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(agency.owner().get("/api/v1/projects?clientId=" + clientId).expect(200).json().path("items"))
                .hasSize(1);
    }

    @Test
    void idempotencyKeys_belongToTheirCaller() {
        ApiClient colleague = agency.operator("member");
        Map<String, Object> body = Map.of("name", "Shared key name");

        agency.owner().call("POST", "/api/v1/clients").idempotencyKey("same-key").json(body).send().expect(201);
        colleague.call("POST", "/api/v1/clients").idempotencyKey("same-key").json(body).send().expect(201);

        assertThat(agency.owner().get("/api/v1/clients?q=Shared%20key").expect(200).json().path("items")).hasSize(2);
    }
}
