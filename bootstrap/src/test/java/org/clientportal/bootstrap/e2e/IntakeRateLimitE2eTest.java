package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.clientportal.application.client.SubmitIntake;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public form is rate-limited per address, with the counters in Redis. A class of its own: it
 * spends this address's whole intake budget.
 */
class IntakeRateLimitE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void pastTheLimit_intakeIs429WithRetryAfter_andCreatesNothing_evenWithASpoofedForwardedFor() {
        Agency agency = PORTAL.newAgency();
        String path = "/api/v1/public/" + agency.slug() + "/intake";
        int limit = SubmitIntake.PER_ADDRESS.hits();

        for (int i = 0; i < limit; i++) {
            PORTAL.anonymous().post(path, Map.of("name", "Lead " + i, "email", "lead" + i + "@example.test")).expect(202);
        }
        ApiResponse refused = PORTAL.anonymous().post(path, Map.of("name", "One too many", "email", "late@example.test"));
        ApiResponse spoofed = PORTAL.anonymous().call("POST", path).header("X-Forwarded-For", "203.0.113.9")
                .json(Map.of("name", "Disguised", "email", "disguised@example.test")).send();

        JsonNode problem = refused.expectProblem(429, "rate-limited");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, SubmitIntake.PER_ADDRESS.window().toSeconds());
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        spoofed.expectProblem(429, "rate-limited");
        assertThat(agency.owner().get("/api/v1/clients?limit=100").expect(200).json().path("items")).hasSize(limit);
    }
}
