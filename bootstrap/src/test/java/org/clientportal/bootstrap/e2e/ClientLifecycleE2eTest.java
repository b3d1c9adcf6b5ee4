package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.Json;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 4 of the issue: clients are created as leads, edited, and moved only through transitions. */
class ClientLifecycleE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void creatingAClient_is201AsALead_withItsVersionAsETag() {
        ApiResponse created = agency.owner().post("/api/v1/clients",
                Map.of("name", "Acme Ltd", "email", "ops@acme.test", "company", "Acme", "phone", "+44 20 7946 0000"))
                .expect(201);

        JsonNode client = created.json();
        assertThat(client.path("id").asText()).isNotBlank();
        assertThat(client.path("status").asText()).isEqualTo("lead");
        assertThat(client.path("version").asLong()).isEqualTo(1);
        assertThat(client.path("email").asText()).isEqualTo("ops@acme.test");
        assertThat(client.path("company").asText()).isEqualTo("Acme");
        assertThat(client.path("phone").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = agency.owner().get("/api/v1/clients/" + client.path("id").asText()).expect(200).json();
        assertThat(read).isEqualTo(client);
    }

    @Test
    void aStatusInTheCreateBody_is400() {
        JsonNode problem = agency.owner().post("/api/v1/clients", Map.of("name", "Sneaky", "status", "active"))
                .expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("status");
    }

    @Test
    void aStatusInThePatchBody_is400_andChangesNothing() {
        JsonNode client = agency.client("Patchy");
        String path = "/api/v1/clients/" + client.path("id").asText();

        JsonNode problem = agency.owner().patch(path, Map.of("name", "Renamed", "status", "active"))
                .expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("status");
        JsonNode unchanged = agency.owner().get(path).expect(200).json();
        assertThat(unchanged.path("name").asText()).isEqualTo("Patchy");
        assertThat(unchanged.path("status").asText()).isEqualTo("lead");
    }

    @Test
    void aClientWalksItsWholeLifecycle() {
        JsonNode client = agency.client("Walker");
        String id = client.path("id").asText();

        for (String to : List.of("onboarding", "active", "paused", "active", "offboarded", "onboarding")) {
            JsonNode moved = agency.owner().post("/api/v1/clients/" + id + "/transitions",
                    Map.of("to", to, "reason", "next step")).expect(200).json();
            assertThat(moved.path("status").asText()).isEqualTo(to);
        }
        assertThat(agency.owner().get("/api/v1/clients/" + id).expect(200).json().path("version").asLong()).isEqualTo(7);
    }

    @Test
    void anIllegalMove_is409NamingTheCurrentStatusAndTheAllowedMoves() {
        JsonNode lead = agency.client("Eager");

        JsonNode problem = agency.owner().post("/api/v1/clients/" + lead.path("id").asText() + "/transitions",
                Map.of("to", "active")).expectProblem(409, "client.transition-not-allowed");

        assertThat(problem.path("current").asText()).isEqualTo("lead");
        assertThat(Json.texts(problem.path("allowed"))).containsExactlyInAnyOrder("onboarding", "offboarded");
    }

    @Test
    void aMoveToTheCurrentStatus_is409WithTheAllowedMoves() {
        JsonNode active = agency.client("Steady", "onboarding", "active");

        JsonNode problem = agency.owner().post("/api/v1/clients/" + active.path("id").asText() + "/transitions",
                Map.of("to", "active")).expectProblem(409, "client.transition-not-allowed");

        assertThat(problem.path("current").asText()).isEqualTo("active");
        assertThat(Json.texts(problem.path("allowed"))).containsExactlyInAnyOrder("paused", "offboarded");
    }

    @Test
    void anUnknownOrMissingTargetStatus_is400() {
        String path = "/api/v1/clients/" + agency.client("Confused").path("id").asText() + "/transitions";

        agency.owner().post(path, Map.of("to", "vanished")).expectProblem(400, "validation");
        agency.owner().post(path, Map.of("reason", "no target")).expectProblem(400, "validation");
    }

    @Test
    void anUnknownClient_is404ForEveryVerb() {
        String path = "/api/v1/clients/01890000-0000-7000-8000-000000000000";

        agency.owner().get(path).expectProblem(404, "not-found");
        agency.owner().patch(path, Map.of("name", "Ghost")).expectProblem(404, "not-found");
        agency.owner().post(path + "/transitions", Map.of("to", "onboarding")).expectProblem(404, "not-found");
        agency.owner().get("/api/v1/clients/not-an-id").expectProblem(404, "not-found");
    }

    @Test
    void patching_changesOnlyTheFieldsSent_andNullClearsAnOptionalOne() {
        JsonNode client = agency.owner().post("/api/v1/clients",
                Map.of("name", "Before", "email", "before@x.test", "company", "Old Co")).expect(201).json();
        String path = "/api/v1/clients/" + client.path("id").asText();
        Map<String, Object> changes = new HashMap<>();
        changes.put("name", "After");
        changes.put("company", null);

        ApiResponse patched = agency.owner().patch(path, changes).expect(200);

        assertThat(patched.json().path("name").asText()).isEqualTo("After");
        assertThat(patched.json().path("email").asText()).isEqualTo("before@x.test");
        assertThat(patched.json().path("company").isNull()).isTrue();
        assertThat(patched.json().path("version").asLong()).isEqualTo(2);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void clearingTheRequiredName_is400() {
        JsonNode client = agency.client("Named");
        Map<String, Object> changes = new HashMap<>();
        changes.put("name", null);

        agency.owner().patch("/api/v1/clients/" + client.path("id").asText(), changes).expectProblem(400, "validation");
    }
}
