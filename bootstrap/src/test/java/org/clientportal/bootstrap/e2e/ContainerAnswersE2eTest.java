package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the servlet container refuses before any route runs still follows the API's conventions:
 * problem+json for every method, a fixed documented code per status, our own words (never Jetty's
 * reason, never a path Jetty made up) and an X-Request-Id on every answer.
 */
class ContainerAnswersE2eTest {

    private static final String HOST = "Host: 127.0.0.1\r\n";

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    /** A raw request, the answer's status and code, and Jetty's own reason that must not show. */
    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                Arguments.of("a control character in a header",
                        "GET /api/v1/me HTTP/1.1\r\n" + HOST + "X-Odd: a\u0016b\r\n\r\n", 400, "bad-request", "CNTL"),
                Arguments.of("a control character in a header of a DELETE",
                        "DELETE /api/v1/me HTTP/1.1\r\n" + HOST + "X-Odd: a\u0016b\r\n\r\n", 400, "bad-request", "CNTL"),
                Arguments.of("a Content-Length that is no number",
                        "PATCH /api/v1/me HTTP/1.1\r\n" + HOST + "Content-Length: lots\r\n\r\n", 400, "bad-request",
                        "Content-Length"),
                Arguments.of("no Host header",
                        "GET /api/v1/me HTTP/1.1\r\n\r\n", 400, "bad-request", "No Host"),
                Arguments.of("a request line that is not HTTP",
                        "\u0001\u0002 hello\r\n\r\n", 400, "bad-request", "Illegal"),
                Arguments.of("an HTTP version that does not exist",
                        "GET /healthz HTTP/1.2\r\n" + HOST + "\r\n", 505, "http-version-not-supported", "Unknown Version"),
                Arguments.of("the HTTP/2 connection preface",
                        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505, "http-version-not-supported", "Upgrade"),
                Arguments.of("an expectation nobody can meet",
                        "PUT /api/v1/me HTTP/1.1\r\n" + HOST + "Expect: miracles\r\n\r\n", 417, "expectation-failed",
                        "Expectation Failed"),
                Arguments.of("headers over the size limit",
                        "GET /api/v1/me HTTP/1.1\r\n" + HOST + "X-Padding: " + "p".repeat(20_000) + "\r\n\r\n", 431,
                        "headers-too-large", "Header Fields Too Large"),
                Arguments.of("a request target over the size limit",
                        "GET /api/v1/clients?q=" + "u".repeat(20_000) + " HTTP/1.1\r\n" + HOST + "\r\n", 414, "uri-too-long",
                        "URI Too Long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void aMalformedRequest_isProblemJsonInOurOwnWords_withARequestId(String what, String request, int status,
                                                                      String code, String jettysReason) throws IOException {
        ApiResponse response = RawHttp.exchange(PORTAL.port(), request);

        JsonNode problem = response.expectProblem(status, code);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain(jettysReason);
        assertThat(problem.path("title").asText()).doesNotContain(jettysReason);
        assertThat(problem.path("instance").isNull()).as("no path of Jetty's making").isTrue();
        assertThat(response.header("X-Request-Id")).isNotBlank().isEqualTo(problem.path("requestId").asText());
    }

    @Test
    void optionsAsterisk_answersForTheWholeServer_withARequestId() throws IOException {
        ApiResponse response = RawHttp.exchange(PORTAL.port(),
                "OPTIONS * HTTP/1.1\r\n" + HOST + "X-Request-Id: asterisk-1\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("X-Request-Id")).isEqualTo("asterisk-1");
        assertThat(response.header("Allow")).contains("GET", "POST", "PATCH", "DELETE", "OPTIONS");
    }

    @Test
    void aRealPathIsStillTheInstance_ofARefusalMadeByTheRoutes() {
        ApiResponse response = PORTAL.anonymous().call("PUT", "/api/v1/me").send();

        JsonNode problem = response.expectProblem(405, "method-not-allowed");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/me");
    }
}
