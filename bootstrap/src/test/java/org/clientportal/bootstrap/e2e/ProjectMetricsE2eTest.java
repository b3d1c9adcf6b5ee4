package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: integrators send a project's metrics with a key scoped to it, in batches
 * of up to 1,000 points kept whole and once per id; operators read them summed up per bucket.
 */
class ProjectMetricsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private Agency agency;
    private String site;

    @BeforeEach
    void aProject() {
        agency = PORTAL.newAgency();
        site = agency.project(agency.client("Acme").path("id").asText(), "Website").path("id").asText();
    }

    private ApiClient keyWith(String role, List<String> scopes) {
        String key = agency.owner().post("/api/v1/api-keys", Map.of("name", "key " + scopes, "role", role,
                "scopes", scopes)).expect(201).json().path("key").asText();
        return agency.owner().anonymous().withApiKey(key);
    }

    private static Map<String, Object> point(String name, Object value, String at, String id) {
        return id == null ? Map.of("name", name, "value", value, "unit", "count", "at", at)
                : Map.of("name", name, "value", value, "unit", "count", "at", at, "id", id);
    }

    @Test
    void aCollectorKey_sendsAThousandPointsAtOnce_andASecondSendAddsNothing() {
        ApiClient collector = keyWith("member", List.of("metrics:write"));
        List<Map<String, Object>> batch = IntStream.range(0, 1000).mapToObj(i -> point("deploys", i % 3,
                "2026-03-0" + (1 + i % 9) + "T10:00:00Z", "deploy-" + i)).toList();

        JsonNode first = collector.post("/api/v1/projects/" + site + "/metrics", Map.of("points", batch)).expect(200)
                .json();
        JsonNode again = collector.post("/api/v1/projects/" + site + "/metrics", Map.of("points", batch)).expect(200)
                .json();

        assertThat(first.path("written").asInt()).isEqualTo(1000);
        assertThat(again.path("written").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(1000);
        collector.get("/api/v1/projects/" + site + "/metrics").expectProblem(403, "api-key.scope-missing");
        collector.get("/api/v1/clients").expectProblem(403, "api-key.scope-missing");
        JsonNode month = agency.operator("viewer").get("/api/v1/projects/" + site
                + "/metrics?name=deploys&from=2026-03-01&to=2026-03-31&bucket=month").expect(200).json();
        JsonNode bucket = month.path("series").get(0).path("buckets").get(0);
        assertThat(bucket.path("count").asInt()).isEqualTo(1000);
        assertThat(bucket.path("sum").asInt()).isEqualTo(999);
        assertThat(bucket.path("avg").decimalValue()).isEqualByComparingTo("0.999");
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=project&entityId=" + site).expect(200).json()
                .path("items").findValuesAsText("action")).contains("project.metrics-received");
    }

    @Test
    void aReadKey_readsButNeitherWritesNorSends_andAFullKeyDoesEverythingItsRoleAllows() {
        ApiClient reader = keyWith("admin", List.of("read"));
        ApiClient full = keyWith("member", List.of("full"));
        Map<String, Object> one = Map.of("points", List.of(point("uptime", 99.95, "2026-03-02T00:00:00Z", null)));

        reader.get("/api/v1/projects/" + site + "/metrics").expect(200);
        reader.post("/api/v1/projects/" + site + "/metrics", one).expectProblem(403, "api-key.scope-missing");
        reader.post("/api/v1/clients", Map.of("name", "Globex")).expectProblem(403, "api-key.scope-missing");
        full.post("/api/v1/projects/" + site + "/metrics", one).expect(200);
        full.post("/api/v1/clients", Map.of("name", "Globex")).expect(201);
        assertThat(agency.owner().get("/api/v1/api-keys").expect(200).json().path("items").findValues("scopes")
                .stream().map(JsonNode::toString).toList()).contains("[\"read\"]", "[\"full\"]");
    }

    @Test
    void badBatchesAndBadQueries_areRefusedWhole_withWhatWasWrong() {
        String path = "/api/v1/projects/" + site + "/metrics";
        List<Map<String, Object>> tooMany = IntStream.range(0, 1001).mapToObj(i -> point("deploys", 1,
                "2026-03-01T10:00:00Z", null)).toList();

        agency.owner().post(path, Map.of("points", tooMany)).expectProblem(400, "validation");
        JsonNode bad = agency.owner().post(path, Map.of("points", List.of(point("deploys", 1, "2026-03-01T10:00:00Z",
                "a"), point("Bad name", "lots", "soon", "a")))).expectClientErrorProblem();
        assertThat(bad.path("status").asInt()).isEqualTo(400);
        agency.owner().post(path, Map.of("points", List.of(point("deploys", 1, "soon", "a"),
                point("deploys", 1, "2026-03-01T10:00:00Z", "a")))).expectProblem(400, "validation");
        agency.owner().post(path, Map.of("points", List.of())).expectProblem(400, "validation");
        agency.owner().post(path, Map.of()).expectProblem(400, "validation");
        agency.owner().post("/api/v1/projects/00000000-0000-0000-0000-000000000000/metrics",
                Map.of("points", List.of(point("deploys", 1, "2026-03-01T10:00:00Z", null)))).expectProblem(404,
                "not-found");
        PORTAL.newAgency().owner().get(path).expectProblem(404, "not-found");
        agency.owner().get(path + "?bucket=minute").expectProblem(400, "validation");
        agency.owner().get(path + "?from=2026-01-01&to=2026-03-31&bucket=hour").expectProblem(400, "validation");
        agency.owner().post("/api/v1/api-keys", Map.of("name", "k", "scopes", List.of("admin")))
                .expectProblem(400, "validation");
        assertThat(agency.owner().get(path + "?from=2026-03-01&to=2026-03-31").expect(200).json().path("series"))
                .isEmpty();
    }
}
