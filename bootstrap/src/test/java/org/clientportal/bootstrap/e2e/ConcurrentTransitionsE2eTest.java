package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiCall;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two callers move the same record at the same moment: exactly one wins, the other is told why. */
class ConcurrentTransitionsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @RepeatedTest(5)
    void twoIdenticalTransitionsAtOnce_oneIs200_theOtherIs409() {
        String path = "/api/v1/clients/" + agency.client("Contested").path("id").asText();

        List<ApiResponse> answers = both(
                agency.owner().call("POST", path + "/transitions").json(Map.of("to", "onboarding")),
                agency.owner().call("POST", path + "/transitions").json(Map.of("to", "onboarding")));

        assertThat(answers).extracting(ApiResponse::status).containsExactlyInAnyOrder(200, 409);
        answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().expectClientErrorProblem();
        assertAuditedTransitions(path, 1);
    }

    @RepeatedTest(5)
    void twoDifferentTransitionsFromTheSameVersion_oneIs200_theOtherFailsItsPrecondition() {
        String path = "/api/v1/clients/" + agency.client("Contested").path("id").asText();

        List<ApiResponse> answers = both(
                agency.owner().call("POST", path + "/transitions").ifMatch("\"1\"").json(Map.of("to", "onboarding")),
                agency.owner().call("POST", path + "/transitions").ifMatch("\"1\"").json(Map.of("to", "offboarded")));

        assertThat(answers).extracting(ApiResponse::status).containsExactlyInAnyOrder(200, 412);
        String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow()
                .json().path("status").asText();
        JsonNode client = agency.owner().get(path).expect(200).json();
        assertThat(client.path("status").asText()).isEqualTo(winner);
        assertThat(client.path("version").asLong()).isEqualTo(2);
        assertAuditedTransitions(path, 1);
    }

    @RepeatedTest(3)
    void aClientOffboardingRacingItsProjectsActivation_neverLeavesAnActiveProjectOfAnOffboardedClient() {
        String clientId = agency.client("Racing", "onboarding").path("id").asText();
        String projectId = agency.project(clientId, "Racing project").path("id").asText();

        List<ApiResponse> answers = both(
                agency.owner().call("POST", "/api/v1/clients/" + clientId + "/transitions")
                        .json(Map.of("to", "offboarded")),
                agency.owner().call("POST", "/api/v1/projects/" + projectId + "/transitions")
                        .json(Map.of("to", "active")));

        assertThat(answers).extracting(ApiResponse::status).containsExactlyInAnyOrder(200, 409);
        String client = agency.owner().get("/api/v1/clients/" + clientId).expect(200).json().path("status").asText();
        String project = agency.owner().get("/api/v1/projects/" + projectId).expect(200).json().path("status").asText();
        assertThat(client.equals("offboarded") && project.equals("active")).isFalse();
    }

    @RepeatedTest(3)
    void twoIdenticalPostsWithOneIdempotencyKeyAtOnce_createOneClient() {
        String name = "Once " + System.nanoTime();
        String key = "concurrent-" + name;

        List<ApiResponse> answers = both(
                agency.owner().call("POST", "/api/v1/clients").idempotencyKey(key).json(Map.of("name", name)),
                agency.owner().call("POST", "/api/v1/clients").idempotencyKey(key).json(Map.of("name", name)));

        assertThat(answers).extracting(ApiResponse::status).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(agency.owner().get("/api/v1/clients?q=" + name.replace(" ", "%20")).expect(200).json()
                .path("items")).hasSize(1);
    }

    /** Sends both requests at the same moment: each on its own thread, released together by a barrier. */
    private static List<ApiResponse> both(ApiCall first, ApiCall second) {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<ApiResponse> a = CompletableFuture.supplyAsync(() -> sendWhenBothReady(start, first));
        CompletableFuture<ApiResponse> b = CompletableFuture.supplyAsync(() -> sendWhenBothReady(start, second));
        return List.of(a.join(), b.join());
    }

    private static ApiResponse sendWhenBothReady(CyclicBarrier start, ApiCall call) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other request never got ready", e);
        }
        return call.send();
    }

    private static void assertAuditedTransitions(String clientPath, int count) {
        String id = clientPath.substring(clientPath.lastIndexOf('/') + 1);
        JsonNode events = agency.owner().get("/api/v1/audit-events?entityId=" + id).expect(200).json().path("items");
        assertThat(events.findValuesAsText("action")).filteredOn("client.transitioned"::equals).hasSize(count);
    }
}
