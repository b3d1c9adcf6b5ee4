package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a caller sends, the answer is a 4xx problem+json naming what was wrong, never a 5xx and
 * never the servlet container's own page; and every answer carries a request id.
 */
class BadInputE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static String clientPath;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
        clientPath = "/api/v1/clients/" + agency.client("Target").path("id").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "{name: 'x'}", "not json at all", "{\"name\":\"a\"} trailing", "[1, 2]",
            "\"just a string\"", "null"})
    void malformedJson_is400(String body) {
        ApiResponse response = agency.owner().call("POST", "/api/v1/clients").body("application/json", body).send();

        assertThat(response.status()).isEqualTo(400);
        response.expectClientErrorProblem();
        assertThat(response.json().path("code").asText()).isIn("malformed-json", "body-required");
    }

    @Test
    void deeplyNestedJson_is400() {
        String deep = "{\"name\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        agency.owner().call("POST", "/api/v1/clients").body("application/json", deep).send()
                .expectProblem(400, "malformed-json");
    }

    @Test
    void wrongTypes_are400NamingTheField() {
        JsonNode problem = agency.owner().call("POST", "/api/v1/clients")
                .body("application/json", "{\"name\": 123}").send().expectProblem(400, "validation");
        JsonNode patch = agency.owner().call("PATCH", clientPath)
                .body("application/json", "{\"company\": {\"nested\": true}}").send().expectProblem(400, "validation");
        JsonNode milestones = agency.owner().call("PUT", "/api/v1/projects/" + project() + "/milestones")
                .body("application/json", "{\"milestones\": \"all of them\"}").send().expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(patch.path("errors").findValuesAsText("field")).containsExactly("company");
        assertThat(milestones.path("errors").findValuesAsText("field")).containsExactly("milestones");
    }

    @Test
    void unknownFields_are400NamingTheField() {
        JsonNode create = agency.owner().post("/api/v1/clients", Map.of("name", "X", "favouriteColour", "blue"))
                .expectProblem(400, "validation");
        JsonNode patch = agency.owner().patch(clientPath, Map.of("nickname", "Y")).expectProblem(400, "validation");
        JsonNode register = PORTAL.anonymous().post("/api/v1/tenants", Map.of("name", "X", "slug", Agency.uniqueSlug(),
                "ownerEmail", "x@x.test", "ownerPassword", Agency.PASSWORD, "plan", "enterprise"))
                .expectProblem(400, "validation");

        assertThat(create.path("errors").findValuesAsText("field")).containsExactly("favouriteColour");
        assertThat(patch.path("errors").findValuesAsText("field")).containsExactly("nickname");
        assertThat(register.path("errors").findValuesAsText("field")).containsExactly("plan");
    }

    @Test
    void overLongStrings_are400NamingTheField() {
        String tooLong = "x".repeat(5_000);

        agency.owner().post("/api/v1/clients", Map.of("name", tooLong)).expectProblem(400, "validation");
        agency.owner().patch(clientPath, Map.of("company", tooLong)).expectProblem(400, "validation");
        agency.owner().post(clientPath + "/transitions", Map.of("to", "onboarding", "reason", tooLong))
                .expectProblem(400, "validation");
        agency.owner().get("/api/v1/clients?q=" + "q".repeat(300)).expectProblem(400, "validation");
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aNulCharacterInAnyText_is400NamingTheField_neverAStorageFailure() {
        String nul = "a\\u0000b";

        agency.owner().call("POST", "/api/v1/clients").body("application/json", "{\"name\":\"" + nul + "\"}").send()
                .expectProblem(400, "validation");
        agency.owner().call("PATCH", clientPath).body("application/json", "{\"company\":\"" + nul + "\"}").send()
                .expectProblem(400, "validation");
        agency.owner().call("POST", "/api/v1/clients").body("application/json",
                "{\"name\":\"Mailable\",\"email\":\"" + nul + "@x.test\"}").send().expectProblem(400, "validation");
        agency.owner().call("POST", clientPath + "/transitions")
                .body("application/json", "{\"to\":\"onboarding\",\"reason\":\"" + nul + "\"}").send()
                .expectProblem(400, "validation");
        PORTAL.anonymous().call("POST", "/api/v1/public/" + agency.slug() + "/intake").body("application/json",
                "{\"name\":\"Lead\",\"email\":\"lead@x.test\",\"message\":\"" + nul + "\"}").send()
                .expectProblem(400, "validation");
        JsonNode search = agency.owner().get("/api/v1/clients?q=a%00b").expectProblem(400, "validation");
        agency.owner().get("/api/v1/audit-events?entityType=a%00b").expectProblem(400, "validation");

        assertThat(search.path("errors").findValuesAsText("field")).containsExactly("q");
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void lengthLimits_countCharacters_so200EmojiAreANameAndA201stIsTooMany() {
        String emoji = "\uD83D\uDE00";

        JsonNode created = agency.owner().post("/api/v1/clients", Map.of("name", emoji.repeat(200))).expect(201).json();
        JsonNode tooLong = agency.owner().post("/api/v1/clients", Map.of("name", emoji.repeat(201)))
                .expectProblem(400, "validation");
        agency.owner().put("/api/v1/projects/" + project() + "/milestones", Map.of("milestones",
                List.of(Map.of("key", "smile", "title", emoji.repeat(200), "taskKeys", List.of())))).expect(200);

        assertThat(created.path("name").asText()).isEqualTo(emoji.repeat(200));
        assertThat(tooLong.path("errors").findValuesAsText("message")).containsExactly("must be at most 200 characters");
    }

    @Test
    void aLoneSurrogateInAnyText_is400NamingTheField_ratherThanStoredAsAQuestionMark() {
        String lone = "a\\ud800b";
        String projectPath = "/api/v1/projects/" + project();

        JsonNode create = agency.owner().call("POST", "/api/v1/clients").body("application/json",
                "{\"name\":\"" + lone + "\"}").send().expectProblem(400, "validation");
        JsonNode patch = agency.owner().call("PATCH", clientPath).body("application/json",
                "{\"company\":\"\\udc00\"}").send().expectProblem(400, "validation");
        JsonNode description = agency.owner().call("PATCH", projectPath).body("application/json",
                "{\"description\":\"" + lone + "\"}").send().expectProblem(400, "validation");
        JsonNode reason = agency.owner().call("POST", clientPath + "/transitions").body("application/json",
                "{\"to\":\"onboarding\",\"reason\":\"" + lone + "\"}").send().expectProblem(400, "validation");
        JsonNode intake = PORTAL.anonymous().call("POST", "/api/v1/public/" + agency.slug() + "/intake")
                .body("application/json", "{\"name\":\"Lead\",\"email\":\"lead@x.test\",\"message\":\"" + lone + "\"}")
                .send().expectProblem(400, "validation");
        JsonNode password = PORTAL.anonymous().call("POST", "/api/v1/tenants").body("application/json",
                "{\"name\":\"Surrogates\",\"slug\":\"" + Agency.uniqueSlug() + "\",\"ownerEmail\":\"s@x.test\","
                        + "\"ownerPassword\":\"long enough " + lone + "\"}").send().expectProblem(400, "validation");
        JsonNode key = agency.owner().call("POST", "/api/v1/api-keys").body("application/json",
                "{\"name\":\"" + lone + "\"}").send().expectProblem(400, "validation");

        assertThat(create.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(create.path("errors").findValuesAsText("message").get(0)).contains("U+D800");
        assertThat(patch.path("errors").findValuesAsText("field")).containsExactly("company");
        assertThat(description.path("errors").findValuesAsText("field")).containsExactly("description");
        assertThat(reason.path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(intake.path("errors").findValuesAsText("field")).containsExactly("message");
        assertThat(password.path("errors").findValuesAsText("field")).containsExactly("ownerPassword");
        assertThat(key.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNotUtf8_are400NamingTheBody_ratherThanStoredAsReplacementCharacters() {
        byte[] latin1 = "{\"name\":\"Caf\u00e9 Latin\"}".getBytes(StandardCharsets.ISO_8859_1);

        JsonNode problem = agency.owner().call("POST", "/api/v1/clients").bytes("application/json", latin1).send()
                .expectProblem(400, "malformed-json");
        JsonNode declared = agency.owner().call("POST", "/api/v1/clients")
                .bytes("application/json; charset=ISO-8859-1", latin1).send().expect(201).json();

        assertThat(problem.path("detail").asText()).contains("body").contains("UTF-8").contains("byte 12");
        assertThat(declared.path("name").asText()).isEqualTo("Caf\u00e9 Latin");
        assertThat(agency.owner().get("/api/v1/clients?q=Latin").expect(200).json().path("items")).hasSize(1);
    }

    @Test
    void controlAndBidiCharactersInAName_are400NamingTheField() {
        String projectPath = "/api/v1/projects/" + project();

        JsonNode bell = agency.owner().post("/api/v1/clients", Map.of("name", "Acme\u0007")).expectProblem(400, "validation");
        JsonNode override = agency.owner().patch(clientPath, Map.of("name", "invoice\u202Efdp.exe"))
                .expectProblem(400, "validation");
        JsonNode isolate = agency.owner().patch(projectPath, Map.of("name", "Site \u2066x\u2069"))
                .expectProblem(400, "validation");
        JsonNode title = agency.owner().put(projectPath + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "red", "title", "\u001B[31mRed", "taskKeys", List.of())))).expectProblem(400, "validation");
        JsonNode tenant = PORTAL.anonymous().post("/api/v1/tenants", Map.of("name", "Studio\nTwo",
                "slug", Agency.uniqueSlug(), "ownerEmail", "t@x.test", "ownerPassword", Agency.PASSWORD,
                "ownerName", "Next\u0085Line")).expectProblem(400, "validation");
        JsonNode operator = agency.owner().post("/api/v1/operators", Map.of("email", "ctl@x.test",
                "name", "Tab\tName", "role", "member", "password", Agency.PASSWORD)).expectProblem(400, "validation");

        assertThat(bell.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(override.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(override.path("errors").findValuesAsText("message").get(0)).contains("U+202E");
        assertThat(isolate.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(title.path("errors").findValuesAsText("field")).containsExactly("milestones[0].title");
        assertThat(tenant.path("errors").findValuesAsText("field")).containsExactly("name", "ownerName");
        assertThat(operator.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aMultiLineText_takesLineFeedsAndTabs_butNoOtherControlCharacter() {
        String projectPath = "/api/v1/projects/" + project();

        JsonNode described = agency.owner().patch(projectPath, Map.of("description", "Scope:\n\t- design\n\t- build"))
                .expect(200).json();
        JsonNode bell = agency.owner().patch(projectPath, Map.of("description", "Ring\u0007"))
                .expectProblem(400, "validation");

        assertThat(described.path("description").asText()).isEqualTo("Scope:\n\t- design\n\t- build");
        assertThat(bell.path("errors").findValuesAsText("field")).containsExactly("description");
    }

    @Test
    void aFieldGivenTwice_is400NamingIt_ratherThanTheLastOneWinning() {
        JsonNode create = agency.owner().call("POST", "/api/v1/clients")
                .body("application/json", "{\"name\":\"First\",\"name\":\"Second\"}").send()
                .expectProblem(400, "malformed-json");
        JsonNode patch = agency.owner().call("PATCH", clientPath)
                .body("application/json", "{\"company\":\"A\",\"phone\":\"1\",\"company\":\"B\"}").send()
                .expectProblem(400, "malformed-json");
        JsonNode nested = agency.owner().call("PUT", "/api/v1/projects/" + project() + "/milestones")
                .body("application/json", "{\"milestones\":[{\"key\":\"a\",\"title\":\"A\"},"
                        + "{\"key\":\"b\",\"title\":\"B\",\"key\":\"c\"}]}").send()
                .expectProblem(400, "malformed-json");

        assertThat(create.path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(patch.path("errors").findValuesAsText("field")).containsExactly("company");
        assertThat(nested.path("errors").findValuesAsText("field")).containsExactly("milestones[1].key");
        assertThat(agency.owner().get("/api/v1/clients?q=Second").expect(200).json().path("items")).isEmpty();
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aDateTheDatabaseCannotHold_is400() {
        String projectPath = "/api/v1/projects/" + project();
        String clientId = agency.client("Dated", "onboarding").path("id").asText();

        agency.owner().post("/api/v1/projects", Map.of("clientId", clientId, "name", "Ancient",
                "startDate", "-10000-01-01")).expectProblem(400, "validation");
        agency.owner().patch(projectPath, Map.of("dueDate", "+999999999-12-31")).expectProblem(400, "validation");
        agency.owner().put(projectPath + "/milestones", Map.of("milestones", List.of(Map.of("key", "far",
                "title", "Far", "dueDate", "+10000-01-01")))).expectProblem(400, "validation");
        agency.owner().post("/api/v1/projects", Map.of("clientId", clientId, "name", "Leap",
                "dueDate", "2026-02-30")).expectProblem(400, "validation");
    }

    @Test
    void anUnknownCharset_is415_andAKnownOneIsFine() {
        agency.owner().call("POST", "/api/v1/clients").body("application/json; charset=klingon", "{\"name\":\"X\"}")
                .send().expectProblem(415, "unsupported-media-type");
        agency.owner().call("POST", "/api/v1/clients").body("application/json; charset=\"no such\"",
                "{\"name\":\"X\"}").send().expectClientErrorProblem();
        agency.owner().call("POST", "/api/v1/clients").body("application/json; charset=utf-8", "{\"name\":\"Y\"}")
                .send().expect(201);
    }

    @Test
    void aMissingBody_is400() {
        agency.owner().call("POST", "/api/v1/clients").header("Content-Type", "application/json").send()
                .expectProblem(400, "body-required");
        agency.owner().call("PATCH", clientPath).send().expectProblem(400, "body-required");
        PORTAL.anonymous().call("POST", "/api/v1/sessions").send().expectProblem(400, "body-required");
    }

    @Test
    void aBodyOfAnotherMediaType_is415() {
        agency.owner().call("POST", "/api/v1/clients").body("text/plain", "{\"name\":\"X\"}").send()
                .expectProblem(415, "unsupported-media-type");
        agency.owner().call("PATCH", clientPath).body("application/x-www-form-urlencoded", "name=X").send()
                .expectProblem(415, "unsupported-media-type");
        PORTAL.anonymous().call("POST", "/api/v1/tenants").body("application/xml", "<tenant/>").send()
                .expectProblem(415, "unsupported-media-type");
    }

    @Test
    void anOverLargeBody_is413() {
        String huge = "{\"name\": \"" + "x".repeat(1_200_000) + "\"}";

        agency.owner().call("POST", "/api/v1/clients").body("application/json", huge).send()
                .expectProblem(413, "body-too-large");
        PORTAL.anonymous().call("POST", "/api/v1/public/" + agency.slug() + "/intake").body("application/json", huge)
                .send().expectProblem(413, "body-too-large");
    }

    @Test
    void anOverLargeChunkedBody_is413Too() {
        String padded = "{\"name\": \"Padded\"" + " ".repeat(1_200_000) + "}";

        ApiResponse response = agency.owner().call("POST", "/api/v1/clients").header("Content-Type", "application/json")
                .chunked(padded).send();

        response.expectProblem(413, "body-too-large");
        assertThat(agency.owner().get("/api/v1/clients?q=Padded").expect(200).json().path("items")).isEmpty();
    }

    @Test
    void aBadPercentEncodingInThePath_is400ProblemJson() throws Exception {
        ApiResponse response = RawHttp.send(PORTAL.port(), "GET", "/api/v1/clients/%zz",
                Map.of("Cookie", ApiClient.SESSION_COOKIE + "=" + agency.owner().sessionId()));

        response.expectClientErrorProblem();
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aBadPercentEncodingInTheQuery_is400NamingTheParameter_ratherThanIgnoringTheFilter() throws Exception {
        ApiResponse response = RawHttp.send(PORTAL.port(), "GET", "/api/v1/clients?limit=5&q=%zz",
                Map.of("Cookie", ApiClient.SESSION_COOKIE + "=" + agency.owner().sessionId()));

        JsonNode problem = response.expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("q");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        agency.owner().get("/api/v1/clients?q=100%25").expect(200);
    }

    @Test
    void aQueryValueThatIsNotUtf8_is400NamingTheParameter_ratherThanSearchingForAReplacementCharacter() {
        JsonNode problem = agency.owner().get("/api/v1/clients?limit=5&q=%FF").expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("q");
        agency.owner().get("/api/v1/clients?q=%C3%A9").expect(200);
    }

    @Test
    void anOverLongHeader_is431ProblemJson() {
        ApiResponse response = agency.owner().call("GET", "/api/v1/me").header("X-Padding", "p".repeat(20_000)).send();

        assertThat(response.status()).isEqualTo(431);
        response.expectClientErrorProblem();
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void anOverLongUrl_isA4xxProblemJson_andTheConnectionIsSaidToClose() {
        ApiResponse refused = agency.owner().get("/api/v1/clients?q=" + "u".repeat(20_000));

        refused.expectClientErrorProblem();
        assertThat(refused.header("Connection")).as("the server closes a connection it could not read")
                .isEqualToIgnoringCase("close");
        agency.owner().post("/api/v1/clients", Map.of("name", "Next on a new connection")).expect(201);
    }

    @Test
    void anUnknownRoute_is404ProblemJson_andAnUnsupportedMethodIs405() {
        PORTAL.anonymous().get("/api/v1/nothing-here").expectProblem(404, "not-found");
        PORTAL.anonymous().get("/favicon.ico").expectProblem(404, "not-found");
        agency.owner().call("DELETE", clientPath).send().expectClientErrorProblem();
    }

    @Test
    void everyAnswerCarriesARequestId_andACallersOwnIdIsEchoed() {
        ApiResponse mine = agency.owner().call("GET", "/api/v1/me").requestId("trace-abc.123").send().expect(200);
        ApiResponse generated = agency.owner().get("/api/v1/me").expect(200);
        ApiResponse problem = PORTAL.anonymous().call("GET", "/api/v1/me").requestId("trace-401").send();
        ApiResponse unknownRoute = PORTAL.anonymous().call("GET", "/nowhere").requestId("trace-404").send();
        ApiResponse health = PORTAL.anonymous().get("/healthz").expect(200);
        ApiResponse hostile = agency.owner().call("GET", "/api/v1/me").requestId("bad id with spaces <script>").send();

        assertThat(mine.header("X-Request-Id")).isEqualTo("trace-abc.123");
        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(problem.header("X-Request-Id")).isEqualTo("trace-401");
        assertThat(problem.json().path("requestId").asText()).isEqualTo("trace-401");
        assertThat(unknownRoute.header("X-Request-Id")).isEqualTo("trace-404");
        assertThat(health.header("X-Request-Id")).isNotBlank();
        assertThat(hostile.header("X-Request-Id")).isNotBlank().doesNotContain(" ");
    }

    @Test
    void healthReadinessAndTheOpenApiDocument_answer() {
        assertThat(PORTAL.anonymous().get("/healthz").expect(200).json().path("status").asText()).isEqualTo("ok");
        JsonNode ready = PORTAL.anonymous().get("/readyz").expect(200).json();
        assertThat(ready.path("checks").path("database").asText()).isEqualTo("up");
        assertThat(ready.path("checks").path("redis").asText()).isEqualTo("up");
        JsonNode openapi = PORTAL.anonymous().get("/api/v1/openapi.json").expect(200).json();
        assertThat(openapi.path("openapi").asText()).startsWith("3.1");
    }

    private static String project() {
        String clientId = agency.client("For a project", "onboarding").path("id").asText();
        return agency.project(clientId, "Typed").path("id").asText();
    }
}
