package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client may not take forever: headers trickled a byte at a time, a body that stops coming, a
 * connection that says nothing — each is cut off after its own configurable time, with a 408
 * problem+json where there is a request to answer. The timeouts here are short; the bounds the
 * test waits are several times longer.
 */
class RequestTimeoutsE2eTest {

    /** Far longer than any timeout set below: without them, nothing would happen in this time. */
    private static final int PATIENCE_MS = 15_000;

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HTTP_HEADER_TIMEOUT_SECONDS", "1")
            .with("PORTAL_HTTP_BODY_TIMEOUT_SECONDS", "2")
            .with("PORTAL_HTTP_IDLE_TIMEOUT_SECONDS", "3");

    @Test
    void headersTrickledPastTheHeaderTimeout_are408ProblemJson() throws IOException {
        ApiResponse response = trickling("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Trickle: still coming\r\n");

        response.expectProblem(408, "request-timeout");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.json().path("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void aBodyTrickledPastTheBodyTimeout_is408ProblemJson() throws IOException {
        ApiResponse response = trickling("POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Request-Id: slow-body-1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{", " ");

        response.expectProblem(408, "request-timeout");
        assertThat(response.header("X-Request-Id")).isEqualTo("slow-body-1");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/v1/tenants");
    }

    @Test
    void aConnectionThatSendsNothing_isClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", PORTAL.port())) {
            socket.setSoTimeout(PATIENCE_MS);

            assertThat(socket.getInputStream().read()).as("end of stream: the server closed the connection").isEqualTo(-1);
        }
    }

    @Test
    void promptRequestsWithBodies_areUnaffected() {
        Agency agency = PORTAL.newAgency();

        agency.owner().post("/api/v1/clients", Map.of("name", "Prompt")).expect(201);
    }

    /**
     * Sends {@code start}, then {@code drip} every 250 ms until the server answers (or the patience
     * runs out); returns the answer. Reads between drips, so that nothing is sent after it.
     */
    private static ApiResponse trickling(String start, String drip) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", PORTAL.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(start.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.setSoTimeout(250);
            long deadline = System.nanoTime() + PATIENCE_MS * 1_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    int first = in.read();
                    if (first >= 0) {
                        answer.write(first);
                    }
                    break;
                } catch (SocketTimeoutException quiet) {
                    out.write(drip.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
            assertThat(answer.size()).as("the server answered within " + PATIENCE_MS + " ms").isPositive();
            socket.setSoTimeout(PATIENCE_MS);
            answer.write(in.readAllBytes());
            return RawHttp.parse("?", "?", answer.toByteArray());
        }
    }
}
