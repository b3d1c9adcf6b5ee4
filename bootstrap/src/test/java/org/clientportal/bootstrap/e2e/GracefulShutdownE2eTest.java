package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.Load;
import org.clientportal.bootstrap.e2e.support.Load.Outcome;
import org.clientportal.bootstrap.e2e.support.PortalProcess;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.clientportal.bootstrap.e2e.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SIGTERM while the portal takes writes, as an orchestrator stops a replica: a request already begun
 * is answered, new ones are refused cleanly (no connection, or 503 problem+json), and everything it
 * acknowledged is stored.
 */
class GracefulShutdownE2eTest {

    @RegisterExtension
    static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(1);

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The JVM's exit code after SIGTERM, once its shutdown hooks have run: 128 + 15. */
    private static final int TERMINATED = 143;

    @Test
    void onSigterm_inFlightRequestsFinish_newOnesAreRefusedCleanly_andNothingAcknowledgedIsLost() throws Exception {
        PortalProcess portal = REPLICAS.replica(0);
        Agency agency = REPLICAS.newAgency();
        ApiClient script = portal.as(agency.apiKey("member"));
        AtomicInteger names = new AtomicInteger();
        List<Outcome> outcomes;
        ApiResponse inFlight;
        try (Load load = Load.start(4, worker -> script.call("POST", "/api/v1/clients")
                .json(Map.of("name", "Written while stopping " + names.incrementAndGet())));
             RawHttp.InFlight begun = RawHttp.begin(portal.port(), "POST", "/api/v1/clients", Map.of(
                     "Cookie", ApiClient.SESSION_COOKIE + "=" + agency.owner().sessionId(),
                     ApiClient.CSRF_HEADER, agency.owner().csrfToken(), "Content-Type", "application/json"),
                     "{\"name\": \"Begun before the signal\"}")) {
            load.awaitOutcomes(20, Outcome::acknowledged, PATIENCE);

            portal.terminate();
            awaitRefusedConnections(portal.port());

            inFlight = begun.finish();
            outcomes = load.stop();
        }

        assertThat(portal.awaitExit()).isEqualTo(TERMINATED);
        inFlight.expect(201);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.acknowledged() || o.response() == null
                || o.isProblem(503, "service-unavailable")).as("answered, or refused cleanly: %s", o.describe())
                .isTrue());
        List<String> acknowledged = new ArrayList<>(Load.createdIds(outcomes));
        acknowledged.add(inFlight.json().path("id").asText());
        assertThat(REPLICAS.clientsAmong(acknowledged)).isEqualTo(acknowledged.size());
        assertThat(portal.log()).contains("Stopping: finishing in-flight requests");
    }

    /** Shutdown has begun once the port takes no new connection. */
    private static void awaitRefusedConnections(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(20);
            } catch (ConnectException refused) {
                return;
            }
        }
        throw new AssertionError("port " + port + " still takes connections " + PATIENCE + " after SIGTERM");
    }
}
