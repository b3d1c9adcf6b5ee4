package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.WebBrowser;
import org.clientportal.bootstrap.e2e.support.WebPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: owners and admins manage the agency's operators and API keys in the web
 * app — adding, changing a role, removing; issuing a key whose secret is shown once, revoking it —
 * while members and viewers get the use cases' 403; the API shows what the pages did.
 */
class OperatorAndApiKeyPagesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static WebBrowser owner;

    @BeforeAll
    static void signedIn() {
        agency = PORTAL.newAgency();
        owner = agency.inTheWebApp(agency.ownerEmail());
    }

    private static JsonNode operatorOverApi(String email) {
        JsonNode items = agency.owner().get("/api/v1/operators?limit=100").expect(200).json().path("items");
        return StreamSupport.stream(items.spliterator(), false).filter(o -> o.path("email").asText().equals(email))
                .findFirst().orElse(null);
    }

    private static WebPage add(String email, String role, String password) {
        return owner.submit(owner.get("/app/operators").expect(200), "/app/operators", Map.of("email", email,
                "name", "Nia New", "role", role, "password", password));
    }

    @Test
    void anOperatorIsAdded_givenAnotherRole_andRemoved_andTheirSessionEndsWithThem() {
        String email = "nia-" + UUID.randomUUID() + "@" + agency.slug() + ".test";
        WebPage added = add(email, "member", Agency.PASSWORD);
        assertThat(added.expect(200).path()).isEqualTo("/app/operators");
        assertThat(added.text()).contains("Nia New", email);
        JsonNode nia = operatorOverApi(email);
        assertThat(nia.path("role").asText()).isEqualTo("member");
        String id = nia.path("id").asText();
        WebBrowser niaBrowser = agency.inTheWebApp(email);

        WebPage changed = owner.submit(added, "/app/operators/" + id + "/role", Map.of("role", "admin",
                "version", added.find("action=\"/app/operators/" + id + "/role\"[^>]*>\\s*<input[^>]*>\\s*"
                        + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"")));
        assertThat(changed.expect(200).path()).isEqualTo("/app/operators");
        assertThat(operatorOverApi(email).path("role").asText()).isEqualTo("admin");

        owner.submit(changed, "/app/operators/" + id + "/removal", Map.of()).expect(200);
        assertThat(operatorOverApi(email)).isNull();
        WebPage after = niaBrowser.get("/app");
        assertThat(after.status()).isEqualTo(303);
        assertThat(after.location()).startsWith("/app/sign-in");
    }

    @Test
    void aShortPassword_isRefusedBesideItsField_withTheApisStatus_andWhatWasTypedStays() {
        String email = "short-" + UUID.randomUUID() + "@" + agency.slug() + ".test";

        WebPage refused = add(email, "viewer", "short");

        int apiStatus = agency.owner().post("/api/v1/operators", Map.of("email", email, "name", "Nia New",
                "role", "viewer", "password", "short")).expectClientErrorProblem().path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"add-refusal\"", "class=\"field-error\"", "value=\"" + email + "\"");
        assertThat(operatorOverApi(email)).isNull();
    }

    @Test
    void removingTheLastOwner_isRefusedInTheirRow_asTheApiRefusesIt() {
        WebPage page = owner.get("/app/operators");

        WebPage refused = owner.submit(page, "/app/operators/" + agency.ownerId() + "/removal", Map.of());

        int apiStatus = agency.owner().delete("/api/v1/operators/" + agency.ownerId()).expectClientErrorProblem()
                .path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus);
        assertThat(refused.html()).contains("id=\"row-refusal\"");
        assertThat(operatorOverApi(agency.ownerEmail())).isNotNull();
    }

    @Test
    void anUnknownOperator_isNotFound_andAWrongTokenIs403() {
        WebPage page = owner.get("/app/operators");

        assertThat(owner.submit(page, "/app/operators/" + UUID.randomUUID() + "/removal", Map.of()).status())
                .isEqualTo(404);
        String email = "kept-" + UUID.randomUUID() + "@" + agency.slug() + ".test";
        assertThat(owner.post("/app/operators", Map.of("_csrf", "forged", "email", email, "name", "Forged",
                "role", "admin", "password", Agency.PASSWORD)).status()).isEqualTo(403);
        assertThat(operatorOverApi(email)).isNull();
    }

    @Test
    void membersAndViewers_getA403OnBothPages() {
        for (String role : new String[] {"member", "viewer"}) {
            WebBrowser browser = agency.operatorInTheWebApp(role);
            assertThat(browser.get("/app/operators").status()).as(role).isEqualTo(403);
            assertThat(browser.get("/app/api-keys").status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void anIssuedKey_isShownOnce_works_andOnceRevokedStops() {
        WebPage page = owner.get("/app/api-keys").expect(200);
        Map<String, String> form = new HashMap<>(Map.of("name", "Reporting script", "role", "viewer",
                "scopes", "read", "expiresOn", ""));

        WebPage issued = owner.submit(page, "/app/api-keys", form).expect(200);

        String secret = issued.find("<p id=\"secret\" class=\"secret\">([^<]+)</p>");
        agency.owner().withApiKey(secret).get("/api/v1/clients").expect(200);
        WebPage list = owner.get("/app/api-keys").expect(200);
        assertThat(list.text()).contains("Reporting script", "viewer · read").doesNotContain(secret);
        JsonNode key = agency.owner().get("/api/v1/api-keys").expect(200).json().path("items").get(0);
        assertThat(key.path("name").asText()).isEqualTo("Reporting script");

        WebPage revoked = owner.submit(list, "/app/api-keys/" + key.path("id").asText() + "/revocation", Map.of());

        assertThat(revoked.expect(200).text()).contains("revoked");
        agency.owner().withApiKey(secret).get("/api/v1/clients").expect(401);
    }

    @Test
    void aKeyWithoutAName_isRefusedBesideTheField_withTheApisStatus() {
        WebPage refused = owner.submit(owner.get("/app/api-keys"), "/app/api-keys", Map.of("name", " ",
                "role", "member", "expiresOn", ""));

        int apiStatus = agency.owner().post("/api/v1/api-keys", Map.of("name", " ")).expectClientErrorProblem()
                .path("status").asInt();
        assertThat(refused.status()).isEqualTo(apiStatus).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"issue-refusal\"", "class=\"field-error\"");
    }
}
