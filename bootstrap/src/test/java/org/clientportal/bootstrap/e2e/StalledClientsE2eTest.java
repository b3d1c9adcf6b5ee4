package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Clients that announce a body and then send it slowly, partly or never cannot stop the API: a
 * declared length over the limit is refused at once, bodies are received before a request takes a
 * server thread, and a body cut short is the caller's 400 — each logged in one line.
 */
class StalledClientsE2eTest {

    private static final int MAX_THREADS = 20;

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HTTP_MAX_THREADS", Integer.toString(MAX_THREADS));

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void aDeclaredBodyOverTheLimit_is413AtOnce_beforeAnyOfItIsSent() throws IOException {
        ApiResponse anonymous = RawHttp.exchange(PORTAL.port(), bytes("POST /api/v1/tenants HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"),
                false, Duration.ofSeconds(10));
        ApiResponse signedIn = RawHttp.exchange(PORTAL.port(), bytes("POST /api/v1/clients HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n" + session() + "Content-Type: application/json\r\n"
                + "Expect: 100-continue\r\nContent-Length: 1000001\r\n\r\n"), false, Duration.ofSeconds(10));

        anonymous.expectProblem(413, "body-too-large");
        signedIn.expectProblem(413, "body-too-large");
        assertThat(anonymous.header("X-Request-Id")).isNotBlank();
        assertThat(signedIn.json().path("instance").asText()).isEqualTo("/api/v1/clients");
    }

    @Test
    void bodiesWithinTheLimit_reachTheRouteWhole_chunkedOrAfter100Continue() throws IOException {
        agency.owner().call("POST", "/api/v1/clients").header("Content-Type", "application/json")
                .chunked("{\"name\": \"Chunked\"}").send().expect(201);
        String body = "{\"name\": \"Continued\"}";
        try (Socket socket = open("POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\n" + session()
                + "Content-Type: application/json\r\nExpect: 100-continue\r\nConnection: close\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n")) {
            StringBuilder interim = new StringBuilder();
            while (interim.indexOf("\r\n\r\n") < 0) {
                int next = socket.getInputStream().read();
                assertThat(next).as("an interim answer before the body is sent").isNotNegative();
                interim.append((char) next);
            }

            assertThat(interim.toString()).startsWith("HTTP/1.1 100 Continue");
            trickle(socket, body);
            String rest = new String(readAnswer(socket), StandardCharsets.ISO_8859_1);
            assertThat(rest).contains(" 201 ").contains("Continued");
        }
    }

    @Test
    void fiveHundredStalledConnections_leaveHealthAndSignedInReadsAnsweringInUnderASecond() throws Exception {
        ApiClient owner = agency.owner();
        owner.get("/api/v1/me").expect(200);
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                stalled.add(open(switch (i % 5) {
                    // Announce 100 MB and send nothing.
                    case 0, 1 -> "POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n";
                    // An allowed length, a few bytes of it, then nothing.
                    case 2 -> "POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"name\":";
                    // Signed in, an allowed length, no body at all.
                    case 3 -> "POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\n" + session()
                            + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n";
                    // Headers that never end.
                    default -> "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
                }));
            }
            for (int i = 2; i < stalled.size(); i += 5) {
                trickle(stalled.get(i), "\"slow");
            }

            Duration health = timed(() -> PORTAL.anonymous().get("/healthz").expect(200));
            Duration me = timed(() -> owner.get("/api/v1/me").expect(200));
            Duration clients = timed(() -> owner.get("/api/v1/clients").expect(200));

            assertThat(health).isLessThan(Duration.ofSeconds(1));
            assertThat(me).isLessThan(Duration.ofSeconds(1));
            assertThat(clients).isLessThan(Duration.ofSeconds(1));
            assertThat(serverThreads()).as("threads of the portal's sized pool").isBetween(1L, (long) MAX_THREADS);
            ApiResponse refused = RawHttp.parse("POST", "/api/v1/tenants", readAnswer(stalled.get(0)));
            refused.expectProblem(413, "body-too-large");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyCutShort_is400BodyIncomplete_loggedInOneLineWithoutAStackTrace() throws IOException {
        ApiResponse response;
        List<ILoggingEvent> logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            response = RawHttp.exchange(PORTAL.port(), bytes("POST /api/v1/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-Request-Id: cut-short-1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                    + "{\"name\":\"x"), true, Duration.ofSeconds(10));
            logged = logs.events();
        }

        JsonNode problem = response.expectProblem(400, "body-incomplete");
        assertThat(problem.path("requestId").asText()).isEqualTo("cut-short-1");
        assertThat(problem.path("detail").asText()).contains("10 of the 100 bytes");
        List<ILoggingEvent> aboutIt = logged.stream()
                .filter(event -> "cut-short-1".equals(event.getMDCPropertyMap().get("requestId")))
                .toList();
        assertThat(aboutIt).hasSize(1);
        assertThat(aboutIt.get(0).getFormattedMessage()).contains("400 body-incomplete").doesNotContain("\n");
        assertThat(logged).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    /** Everything logged while open — the portal's INFO lines and anything else's warnings — kept out of the console. */
    private static final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        private final Logger portal = (Logger) LoggerFactory.getLogger("org.clientportal");
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final Level level = portal.getLevel();
        private final boolean additive = portal.isAdditive();

        static CapturedLogs open() {
            CapturedLogs logs = new CapturedLogs();
            logs.setContext(logs.root.getLoggerContext());
            logs.start();
            logs.portal.setLevel(Level.INFO);
            logs.portal.setAdditive(false);
            logs.portal.addAppender(logs);
            logs.root.addAppender(logs);
            return logs;
        }

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing(); // keeps the logging thread's MDC with the event
            events.add(event);
        }

        List<ILoggingEvent> events() {
            return List.copyOf(events);
        }

        @Override
        public void close() {
            root.detachAppender(this);
            portal.detachAppender(this);
            portal.setAdditive(additive);
            portal.setLevel(level);
            stop();
        }
    }

    private static String session() {
        return "Cookie: " + ApiClient.SESSION_COOKIE + "=" + agency.owner().sessionId() + "\r\n"
                + ApiClient.CSRF_HEADER + ": " + agency.owner().csrfToken() + "\r\n";
    }

    private Socket open(String start) throws IOException {
        Socket socket = new Socket("127.0.0.1", PORTAL.port());
        socket.setSoTimeout(10_000);
        trickle(socket, start);
        return socket;
    }

    private static void trickle(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes(text));
        out.flush();
    }

    private static byte[] readAnswer(Socket socket) throws IOException {
        return socket.getInputStream().readAllBytes();
    }

    private static Duration timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("portal-http"))
                .count();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
