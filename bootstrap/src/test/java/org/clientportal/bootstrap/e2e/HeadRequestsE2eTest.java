package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HEAD is GET without the body: the route runs, so the status and headers are GET's — a 401 for a
 * caller without credentials, a 404 for an id that does not exist — and a path without GET is 405.
 */
class HeadRequestsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static String clientPath;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
        clientPath = "/api/v1/clients/" + agency.client("Headed").path("id").asText();
    }

    @Test
    void headOfARecord_isGetsStatusAndHeaders_withoutTheBody() {
        ApiResponse get = agency.owner().call("GET", clientPath).requestId("head-record").send().expect(200);
        ApiResponse head = agency.owner().call("HEAD", clientPath).requestId("head-record").send();

        assertSameAnswerWithoutBody(head, get);
        assertThat(head.header("ETag")).isNotBlank().isEqualTo(get.header("ETag"));
    }

    @Test
    void headWithoutCredentials_is401_likeGet() {
        ApiResponse get = PORTAL.anonymous().call("GET", "/api/v1/me").requestId("head-anonymous").send();
        ApiResponse head = PORTAL.anonymous().call("HEAD", "/api/v1/me").requestId("head-anonymous").send();

        assertThat(get.status()).isEqualTo(401);
        assertSameAnswerWithoutBody(head, get);
        assertThat(PORTAL.anonymous().call("HEAD", clientPath).send().status()).isEqualTo(401);
    }

    @Test
    void headOfAnIdThatDoesNotExist_is404_likeGet() {
        String missing = "/api/v1/clients/" + UUID.randomUUID();
        ApiResponse get = agency.owner().call("GET", missing).requestId("head-missing").send();
        ApiResponse head = agency.owner().call("HEAD", missing).requestId("head-missing").send();
        ApiClient stranger = PORTAL.newAgency().owner();

        assertThat(get.status()).isEqualTo(404);
        assertSameAnswerWithoutBody(head, get);
        assertThat(stranger.call("HEAD", clientPath).send().status()).as("another agency's id").isEqualTo(404);
    }

    @Test
    void headWhereThereIsNoGet_is405_andWhereThereIsNothing_404() {
        ApiResponse postOnly = PORTAL.anonymous().call("HEAD", "/api/v1/tenants").send();
        ApiResponse nothing = PORTAL.anonymous().call("HEAD", "/api/v1/nothing-here").send();

        assertThat(postOnly.status()).isEqualTo(405);
        assertThat(postOnly.contentType()).startsWith("application/problem+json");
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.contentType()).startsWith("application/problem+json");
        assertThat(postOnly.body()).isEmpty();
        assertThat(nothing.body()).isEmpty();
    }

    @Test
    void headOfAPublicRoute_isItsJson_withoutTheBody() {
        ApiResponse get = PORTAL.anonymous().call("GET", "/healthz").requestId("head-health").send().expect(200);
        ApiResponse head = PORTAL.anonymous().call("HEAD", "/healthz").requestId("head-health").send();

        assertSameAnswerWithoutBody(head, get);
    }

    private static void assertSameAnswerWithoutBody(ApiResponse head, ApiResponse get) {
        assertThat(head.status()).isEqualTo(get.status());
        assertThat(head.contentType()).isEqualTo(get.contentType());
        assertThat(head.header("X-Request-Id")).isEqualTo(get.header("X-Request-Id"));
        assertThat(head.header("Content-Length"))
                .isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.body()).isEmpty();
    }
}
