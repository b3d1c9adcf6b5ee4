package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalProcess;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With PORTAL_LOG_FORMAT=json every line on stdout is one JSON object, and each request leaves one. */
class JsonLogLinesE2eTest {

    @RegisterExtension
    static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(1).with("PORTAL_LOG_FORMAT", "json");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachRequestsLine_carriesItsRequestId_tenant_routeTemplate_status_andDuration() throws Exception {
        PortalProcess portal = REPLICAS.replica(0);
        Agency agency = REPLICAS.newAgency();
        String clientId = agency.client("Logged").path("id").asText();

        agency.owner().call("GET", "/api/v1/clients/" + clientId).requestId("json-log-1").send().expect(200);
        portal.anonymous().call("GET", "/api/v1/clients/" + clientId).requestId("json-log-2").send().expect(401);
        portal.terminate();
        portal.awaitExit();

        List<JsonNode> lines = portal.log().lines().map(JsonLogLinesE2eTest::parse).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.path("@timestamp").isTextual()).isTrue());
        JsonNode authenticated = requestLine(lines, "json-log-1");
        assertThat(authenticated.path("tenantId").asText()).isEqualTo(agency.id());
        assertThat(authenticated.path("method").asText()).isEqualTo("GET");
        assertThat(authenticated.path("path").asText()).isEqualTo("/api/v1/clients/" + clientId);
        assertThat(authenticated.path("route").asText()).isEqualTo("/api/v1/clients/{id}");
        assertThat(authenticated.path("status").asInt()).isEqualTo(200);
        assertThat(authenticated.path("durationMs").isNumber()).isTrue();
        assertThat(authenticated.path("level").asText()).isEqualTo("INFO");
        JsonNode anonymous = requestLine(lines, "json-log-2");
        assertThat(anonymous.path("status").asInt()).isEqualTo(401);
        assertThat(anonymous.has("tenantId")).as("no tenant before the caller is known").isFalse();
    }

    private static JsonNode requestLine(List<JsonNode> lines, String requestId) {
        List<JsonNode> matching = lines.stream()
                .filter(line -> line.path("requestId").asText().equals(requestId) && line.has("route"))
                .toList();
        assertThat(matching).as("the request line of %s", requestId).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
