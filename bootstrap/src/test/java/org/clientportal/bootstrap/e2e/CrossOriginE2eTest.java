package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages on the origins in PORTAL_CORS_ORIGINS may call the API from a browser with their session
 * cookie: preflights are answered, answers name the origin and expose the headers a client reads.
 * Every other origin gets no Access-Control-* header at all.
 */
class CrossOriginE2eTest {

    private static final String APP = "https://app.example.test";
    private static final String DEV = "http://localhost:5173";

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_CORS_ORIGINS", APP + ", " + DEV);

    private static Agency agency;
    private static String clientPath;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
        clientPath = "/api/v1/clients/" + agency.client("Shared").path("id").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {APP, DEV})
    void aPreflightFromAListedOrigin_allowsTheMethodsAndHeadersTheApiUses(String origin) {
        ApiResponse preflight = PORTAL.anonymous().call("OPTIONS", clientPath)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "content-type, x-csrf-token, if-match")
                .send();

        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(list(preflight, "Access-Control-Allow-Methods"))
                .contains("get", "post", "put", "patch", "delete");
        assertThat(list(preflight, "Access-Control-Allow-Headers"))
                .contains("authorization", "content-type", "x-csrf-token", "idempotency-key", "if-match");
        assertThat(list(preflight, "Vary")).contains("origin");
        assertThat(preflight.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void answersToAListedOrigin_nameIt_allowCredentials_andExposeTheHeadersClientsRead() {
        ApiResponse read = agency.owner().call("GET", clientPath).header("Origin", APP).send().expect(200);
        ApiResponse write = agency.owner().call("PATCH", clientPath).header("Origin", APP)
                .json(Map.of("company", "Shared Ltd")).send().expect(200);
        ApiResponse refused = PORTAL.anonymous().call("GET", "/api/v1/me").header("Origin", APP).send();

        for (ApiResponse answer : List.of(read, write, refused)) {
            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(APP);
            assertThat(answer.header("Access-Control-Allow-Credentials")).isEqualTo("true");
            assertThat(list(answer, "Access-Control-Expose-Headers"))
                    .contains("etag", "x-request-id", "idempotent-replayed", "retry-after", "location");
            assertThat(list(answer, "Vary")).contains("origin");
        }
        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void theServersOwnRefusals_carryTheHeadersToo_soTheBrowserShowsThem() throws IOException {
        ApiResponse tooLarge = RawHttp.exchange(PORTAL.port(), "POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: " + APP + "\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n");

        tooLarge.expectProblem(413, "body-too-large");
        assertThat(tooLarge.header("Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.test", "http://app.example.test", "http://localhost:5174", "null"})
    void anUnlistedOrigin_getsNoAccessControlHeaderAtAll(String origin) {
        ApiResponse preflight = PORTAL.anonymous().call("OPTIONS", clientPath)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .send();
        ApiResponse read = agency.owner().call("GET", clientPath).header("Origin", origin).send().expect(200);

        for (ApiResponse answer : List.of(preflight, read)) {
            assertThat(answer.headers().map().keySet())
                    .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        }
    }

    @Test
    void aSameOriginCallWithoutAnOriginHeader_isAnsweredAsBefore() {
        ApiResponse read = agency.owner().get(clientPath).expect(200);

        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }

    /** A comma-separated header as lower-case items. */
    private static List<String> list(ApiResponse response, String header) {
        return response.headers(header).stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(item -> item.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
