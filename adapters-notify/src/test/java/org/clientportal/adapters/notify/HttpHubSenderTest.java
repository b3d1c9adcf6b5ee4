package org.clientportal.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP server standing in for the hub: what it sends, and how it gives way. */
class HttpHubSenderTest {

    private static final String SECRET = "a secret shared with the hub";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private record Received(Map<String, String> headers, String body) {
    }

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.of(
                    "idempotency", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    "timestamp", exchange.getRequestHeaders().getFirst(HubSignature.TIMESTAMP_HEADER),
                    "signature", exchange.getRequestHeaders().getFirst(HubSignature.SIGNATURE_HEADER)), body));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 202, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopHub() {
        server.stop(0);
    }

    private HubSettings settings(URI url) {
        return new HubSettings(url, SECRET, Duration.ofSeconds(2), 3, Duration.ofMillis(5), Duration.ofSeconds(30));
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
    }

    private static Notification event() {
        return new Notification(UUID.randomUUID(), new TenantId(UUID.randomUUID()), NotificationType.UPDATE_POSTED,
                Optional.of(new ClientId(UUID.randomUUID())), Map.of("body", "Beta is live", "projectName", "Website"),
                NOW);
    }

    private HttpHubSender sender(URI url) {
        return new HttpHubSender(settings(url), new ObjectMapper(), new FixedClock(NOW));
    }

    @Test
    void anEvent_isPostedAsTheContractSays_signed_andKeyedByItsId() throws IOException {
        Notification event = event();

        sender(url()).send(event);

        Received delivery = received.peek();
        assertThat(delivery.headers()).containsEntry("idempotency", event.id().toString())
                .containsEntry("timestamp", String.valueOf(NOW.getEpochSecond()));
        assertThat(HubSignature.matches(SECRET, delivery.headers().get("timestamp"), delivery.body(),
                delivery.headers().get("signature"))).isTrue();
        assertThat(HubSignature.matches("another secret entirely", delivery.headers().get("timestamp"),
                delivery.body(), delivery.headers().get("signature"))).isFalse();
        JsonNode body = new ObjectMapper().readTree(delivery.body());
        assertThat(body.path("id").asText()).isEqualTo(event.id().toString());
        assertThat(body.path("type").asText()).isEqualTo("update.posted");
        assertThat(body.path("tenantId").asText()).isEqualTo(event.tenantId().toString());
        assertThat(body.path("occurredAt").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(body.path("payload").path("body").asText()).isEqualTo("Beta is live");
    }

    @Test
    void anErrorAnswer_orNoAnswer_isARefusal() {
        failuresLeft.set(1);

        assertThatThrownBy(() -> sender(url()).send(event())).isInstanceOf(HubRefused.class).hasMessageContaining("500");
        server.stop(0);
        assertThatThrownBy(() -> sender(url()).send(event())).isInstanceOf(HubRefused.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void theResilientSender_triesAgainAfterAFailure_underTheSameKey() {
        failuresLeft.set(2);
        Notification event = event();

        new ResilientHubSender(sender(url()), settings(url())).send(event);

        assertThat(received).hasSize(3).extracting(r -> r.headers().get("idempotency"))
                .containsOnly(event.id().toString());
    }

    @Test
    void afterRepeatedFailures_theCircuitOpens_andSendsAreRefusedWithoutTryingTheHub() {
        failuresLeft.set(1_000);
        ResilientHubSender resilient = new ResilientHubSender(sender(url()), settings(url()));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> resilient.send(event())).isInstanceOf(HubRefused.class);
        }
        int tried = received.size();

        assertThat(resilient.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> resilient.send(event())).isInstanceOf(HubRefused.class)
                .hasMessageContaining("circuit is open");
        assertThat(received).hasSize(tried);
        assertThat(tried).as("five sends, each tried three times").isEqualTo(15);
    }
}
