package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PORTAL_METRICS_PORT opens {@code GET /metrics} in Prometheus's text format on a listener of its own. */
class MetricsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis().with("PORTAL_METRICS_PORT", "0");

    @Test
    void theMetricsListener_countsRequestsByRouteTemplate_andShowsThePoolRedisCallsAndTheJvm() throws Exception {
        Agency agency = PORTAL.newAgency();
        String id = agency.client("Measured").path("id").asText();
        agency.owner().get("/api/v1/clients/" + id).expect(200);
        agency.owner().get("/api/v1/clients/" + UUID.randomUUID()).expectProblem(404, "not-found");

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/clients/\\{id}\","
                        + "status=\"200\"} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/v1/clients/\\{id}\","
                        + "status=\"404\"} [1-9]")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/clients/{id}\","
                        + "status=\"200\",le=\"0.001\"}")
                .doesNotContain(id)
                .contains("hikaricp_connections_active{pool=\"portal-db\"}", "hikaricp_connections_acquire_seconds")
                .containsPattern("portal_redis_calls_seconds_count\\{command=\"touch\",outcome=\"success\","
                        + "store=\"session store\"} [1-9]")
                .contains("jetty_threads_busy", "jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads",
                        "jvm_classes_loaded_classes", "system_cpu_count", "process_cpu_usage");
    }

    @Test
    void authentication_isTimedApart_byTheKindOfCredential() throws Exception {
        Agency agency = PORTAL.newAgency();
        agency.apiKey("admin").get("/api/v1/clients?limit=1").expect(200);
        agency.owner().get("/api/v1/clients?limit=1").expect(200);
        PORTAL.anonymous().withApiKey("not-a-key").get("/api/v1/clients").expectProblem(401, "unauthenticated");

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("portal_authentication_seconds_count\\{credential=\"api-key\"} [2-9]")
                .containsPattern("portal_authentication_seconds_count\\{credential=\"operator-session\"} [1-9]")
                .contains("portal_authentication_seconds_bucket{credential=\"api-key\",le=");
    }

    @Test
    void theApiPort_hasNoMetrics() {
        PORTAL.anonymous().get("/metrics").expectProblem(404, "not-found");
    }

    private static String scrape() throws IOException, InterruptedException {
        int port = PORTAL.portal().metricsPort().orElseThrow();
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        return scrape.body();
    }
}
