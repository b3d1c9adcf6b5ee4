package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalProcess;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three portal processes on one PostgreSQL database and one Redis, as behind a load balancer that
 * sends each request wherever it likes: what one replica starts, the others know.
 */
class ReplicasE2eTest {

    @RegisterExtension
    static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(3);

    @Test
    void aSessionMadeOnOneReplica_worksOnTheOthers_andSigningOutOnOneEndsItOnAll() {
        Agency agency = REPLICAS.newAgency();
        ApiClient session = agency.owner();

        for (PortalProcess replica : REPLICAS.all()) {
            replica.as(session).get("/api/v1/me").expect(200);
        }
        REPLICAS.replica(2).as(session).post("/api/v1/clients", Map.of("name", "Written on replica 2")).expect(201);

        REPLICAS.replica(1).as(session).delete("/api/v1/sessions/current").expect(204);

        for (PortalProcess replica : REPLICAS.all()) {
            replica.as(session).get("/api/v1/me").expectProblem(401, "unauthenticated");
        }
    }

    /** Five failed sign-ins spend the account's limit, though no replica saw more than two of them. */
    @Test
    void aRateLimit_countsEveryReplicasHits() {
        Agency agency = REPLICAS.newAgency();
        Map<String, String> wrong = Map.of("tenant", agency.slug(), "email", agency.ownerEmail(),
                "password", "not the password");

        for (int attempt = 0; attempt < 5; attempt++) {
            REPLICAS.replica(attempt % 3).anonymous().post("/api/v1/sessions", wrong)
                    .expectProblem(401, "unauthenticated");
        }

        Map<String, String> right = Map.of("tenant", agency.slug(), "email", agency.ownerEmail(),
                "password", Agency.PASSWORD);
        for (PortalProcess replica : REPLICAS.all()) {
            replica.anonymous().post("/api/v1/sessions", right).expectProblem(429, "rate-limited");
        }
    }

    @Test
    void anIdempotencyKey_replaysOnEveryReplica_andTheWriteHappensOnce() throws Exception {
        Agency agency = REPLICAS.newAgency();
        Map<String, String> body = Map.of("name", "Exactly once");

        List<ApiResponse> answers = REPLICAS.all().stream()
                .map(replica -> replica.as(agency.owner()).call("POST", "/api/v1/clients")
                        .idempotencyKey("create-once").json(body).send().expect(201))
                .toList();

        JsonNode created = answers.get(0).json();
        assertThat(answers.get(0).header("Idempotent-Replayed")).isNull();
        assertThat(answers.subList(1, 3)).allSatisfy(replayed -> {
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replayed.json()).isEqualTo(created);
        });
        assertThat(REPLICAS.clientsAmong(List.of(created.path("id").asText()))).isEqualTo(1);
        JsonNode page = agency.owner().get("/api/v1/clients?q=Exactly").expect(200).json();
        assertThat(page.path("items")).hasSize(1);
        REPLICAS.replica(2).as(agency.owner()).call("POST", "/api/v1/clients").idempotencyKey("create-once")
                .json(Map.of("name", "Another body")).send().expectProblem(422, "idempotency-key-reused");
    }
}
