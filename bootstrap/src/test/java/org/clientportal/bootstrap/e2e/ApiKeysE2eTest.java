package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 2 of the issue: API keys for scripts, shown once, used as bearer tokens, revocable. */
class ApiKeysE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void creatingAKey_showsItOnce_andTheListNeverShowsIt() {
        Agency agency = PORTAL.newAgency();

        JsonNode created = agency.owner().post("/api/v1/api-keys", Map.of("name", "nightly export")).expect(201).json();
        JsonNode list = agency.owner().get("/api/v1/api-keys").expect(200).json();

        String key = created.path("key").asText();
        assertThat(created.path("id").asText()).isNotBlank();
        assertThat(key).startsWith("cmp_").hasSizeGreaterThan(60);
        assertThat(list.path("items")).hasSize(1);
        JsonNode listed = list.path("items").get(0);
        assertThat(listed.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(listed.path("name").asText()).isEqualTo("nightly export");
        assertThat(listed.has("key")).isFalse();
        assertThat(list.toString()).doesNotContain(key).doesNotContain(secretOf(key));
    }

    @Test
    void aBearerKey_readsAndWritesWithoutACsrfToken() {
        Agency agency = PORTAL.newAgency();
        ApiClient script = agency.apiKey("member");

        JsonNode client = script.post("/api/v1/clients", Map.of("name", "Created by a script")).expect(201).json();

        script.get("/api/v1/clients/" + client.path("id").asText()).expect(200);
        JsonNode me = script.get("/api/v1/me").expect(200).json();
        assertThat(me.path("role").asText()).isEqualTo("member");
        assertThat(me.path("tenant").path("id").asText()).isEqualTo(agency.id());
    }

    @Test
    void aRevokedKey_is401() {
        Agency agency = PORTAL.newAgency();
        JsonNode created = agency.owner().post("/api/v1/api-keys", Map.of("name", "to revoke")).expect(201).json();
        ApiClient script = agency.owner().withApiKey(created.path("key").asText());
        script.get("/api/v1/clients").expect(200);

        agency.owner().delete("/api/v1/api-keys/" + created.path("id").asText()).expect(204);

        script.get("/api/v1/clients").expectProblem(401, "unauthenticated");
        JsonNode listed = agency.owner().get("/api/v1/api-keys").expect(200).json().path("items").get(0);
        assertThat(listed.path("revokedAt").isNull()).isFalse();
    }

    @Test
    void anUnknownOrMisshapenKey_is401() {
        Agency agency = PORTAL.newAgency();
        String real = agency.owner().post("/api/v1/api-keys", Map.of("name", "real")).expect(201).json()
                .path("key").asText();
        String forged = real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");

        PORTAL.anonymous().withApiKey(forged).get("/api/v1/clients").expectProblem(401, "unauthenticated");
        PORTAL.anonymous().withApiKey("not-a-key").get("/api/v1/clients").expectProblem(401, "unauthenticated");
        PORTAL.anonymous().call("GET", "/api/v1/clients").header("Authorization", "Basic dXNlcjpwYXNz").send()
                .expectProblem(401, "unauthenticated");
    }

    @Test
    void aKeyActsWithItsRole_aViewerKeyCannotWrite() {
        Agency agency = PORTAL.newAgency();
        ApiClient viewer = agency.apiKey("viewer");

        viewer.get("/api/v1/clients").expect(200);
        viewer.post("/api/v1/clients", Map.of("name", "Nope")).expectProblem(403, "forbidden");
    }

    @Test
    void aKeyCannotOutrankItsIssuer_norBeAnOwner() {
        Agency agency = PORTAL.newAgency();
        ApiClient admin = agency.operator("admin");

        agency.owner().post("/api/v1/api-keys", Map.of("name", "root", "role", "owner")).expectProblem(400, "validation");
        admin.post("/api/v1/api-keys", Map.of("name", "fine", "role", "admin")).expect(201);
    }

    @Test
    void theAuditNamesTheKeyAsTheActor() {
        Agency agency = PORTAL.newAgency();
        JsonNode created = agency.owner().post("/api/v1/api-keys", Map.of("name", "auditable")).expect(201).json();
        ApiClient script = agency.owner().withApiKey(created.path("key").asText());

        JsonNode client = script.post("/api/v1/clients", Map.of("name", "Keyed")).expect(201).json();

        JsonNode event = agency.owner().get("/api/v1/audit-events?entityId=" + client.path("id").asText())
                .expect(200).json().path("items").get(0);
        assertThat(event.path("actor").asText()).isEqualTo("api-key:" + created.path("id").asText());
    }

    /** The key's secret: its last 43 characters (the secret itself may contain '_'). */
    private static String secretOf(String key) {
        return key.substring(key.length() - 43);
    }
}
