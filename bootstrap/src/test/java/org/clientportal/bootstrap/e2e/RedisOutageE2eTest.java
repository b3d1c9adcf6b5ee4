package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.ThrowawayRedis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis goes away while the portal runs. The portal here uses a redis-server of the test's own, so
 * the machine's shared Redis is never stopped.
 */
class RedisOutageE2eTest {

    @RegisterExtension
    @Order(1)
    static final ThrowawayRedis REDIS = new ThrowawayRedis();

    @RegisterExtension
    @Order(2)
    static final PortalUnderTest PORTAL = PortalUnderTest.onRedis(REDIS::url);

    /** Redis calls time out after half a second; a whole request may take a few of them. */
    private static final Duration FAST = Duration.ofSeconds(3);

    @BeforeEach
    void redisRuns() throws Exception {
        REDIS.start();
    }

    @Test
    void whenRedisIsLost_readinessSaysSo_sessionRequestsFailFastWith503_andApiKeysKeepWorking() throws Exception {
        Agency agency = PORTAL.newAgency();
        ApiClient script = agency.apiKey("member");
        JsonNode ready = PORTAL.anonymous().get("/readyz").expect(200).json();
        assertThat(ready.path("checks").path("redis").asText()).isEqualTo("up");
        assertThat(ready.path("latencyMs").path("redis").isNumber()).isTrue();
        assertThat(ready.path("latencyMs").path("database").isNumber()).isTrue();

        REDIS.stop();

        ApiResponse readiness = timed(() -> PORTAL.anonymous().get("/readyz"));
        JsonNode notReady = readiness.expectProblem(503, "not-ready");
        assertThat(notReady.path("checks").path("redis").asText()).isEqualTo("down");
        assertThat(notReady.path("checks").path("database").asText()).isEqualTo("up");
        assertThat(notReady.path("latencyMs").path("redis").isNumber()).isTrue();

        JsonNode session = timed(() -> agency.owner().get("/api/v1/me")).expectProblem(503, "dependency-unavailable");
        assertThat(session.path("dependency").asText()).isEqualTo("session store");
        timed(() -> agency.owner().post("/api/v1/clients", Map.of("name", "During the outage")))
                .expectProblem(503, "dependency-unavailable");
        timed(() -> PORTAL.anonymous().post("/api/v1/sessions", Map.of("tenant", agency.slug(),
                "email", agency.ownerEmail(), "password", Agency.PASSWORD))).expectProblem(503, "dependency-unavailable");
        timed(() -> PORTAL.anonymous().post("/api/v1/public/" + agency.slug() + "/intake",
                Map.of("name", "Lead", "email", "lead@x.test"))).expectProblem(503, "dependency-unavailable");

        timed(() -> script.post("/api/v1/clients", Map.of("name", "Scripted during the outage"))).expect(201);
    }

    @Test
    void whenRedisStopsAnswering_requestsStillFailFastWith503_notHang() throws Exception {
        Agency agency = PORTAL.newAgency();

        REDIS.freeze();
        try {
            timed(() -> agency.owner().get("/api/v1/me")).expectProblem(503, "dependency-unavailable");
            timed(() -> PORTAL.anonymous().get("/readyz")).expectProblem(503, "not-ready");
        } finally {
            REDIS.thaw();
        }
        agency.owner().get("/api/v1/me").expect(200);
    }

    @Test
    void whenRedisComesBack_thePortalIsReadyAgain_andNewSessionsWork() throws Exception {
        REDIS.stop();
        PORTAL.anonymous().get("/readyz").expectProblem(503, "not-ready");

        REDIS.start();

        PORTAL.anonymous().get("/readyz").expect(200);
        Agency agency = PORTAL.newAgency();
        agency.owner().get("/api/v1/me").expect(200);
    }

    private static ApiResponse timed(Supplier<ApiResponse> call) {
        long started = System.nanoTime();
        ApiResponse response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("%s %s took %s", response.method(), response.path(), took).isLessThan(FAST);
        return response;
    }
}
