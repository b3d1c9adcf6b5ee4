package org.clientportal.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.contract.HubSenderContract;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP hub on a free port: the senders' contract, then what goes on the wire. */
class HttpHubSenderTest extends HubSenderContract {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeHub hub = FakeHub.start();

    static HubSettings settings(FakeHub hub) {
        return new HubSettings(hub.uri(), FakeHub.SECRET, Duration.ofSeconds(2), 3, Duration.ofMillis(5),
                Duration.ofSeconds(30));
    }

    static HttpHubSender httpSender(FakeHub hub) {
        return new HttpHubSender(settings(hub), new ObjectMapper(), new FixedClock(NOW));
    }

    /** What the hub took, read back as a hub reads it: the key from its header, the event from the body. */
    static List<TakenEvent> takenBy(FakeHub hub) {
        return hub.deliveries().stream().filter(FakeHub.Delivery::taken)
                .map(d -> new TakenEvent(d.idempotencyKey(), WireEvents.event(d.body()))).toList();
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Override
    protected HubSender sender() {
        return httpSender(hub);
    }

    @Override
    protected List<TakenEvent> taken() {
        return takenBy(hub);
    }

    @Override
    protected void receiverGoesDown() {
        hub.goDown();
    }

    @Override
    protected void receiverComesBack() {
        hub.comeBack();
    }

    @Test
    void anEvent_isPostedAsTheWireContractSays_signedOverTimestampAndBody() throws IOException {
        Notification event = anEvent(NotificationType.UPDATE_POSTED, Optional.of(new ClientId(UUID.randomUUID())));

        sender.send(event);

        FakeHub.Delivery delivery = hub.deliveries().get(0);
        assertThat(delivery.timestamp()).isEqualTo(String.valueOf(NOW.getEpochSecond()));
        assertThat(HubSignature.matches(FakeHub.SECRET, delivery.timestamp(), delivery.body(), delivery.signature()))
                .isTrue();
        assertThat(HubSignature.matches("another secret entirely", delivery.timestamp(), delivery.body(),
                delivery.signature())).isFalse();
        JsonNode body = new ObjectMapper().readTree(delivery.body());
        assertThat(body.fieldNames()).toIterable()
                .containsExactly("id", "type", "tenantId", "clientId", "occurredAt", "payload");
        assertThat(body.path("type").asText()).isEqualTo("update.posted");
        assertThat(body.path("occurredAt").asText()).isEqualTo("2026-12-04T18:51:44.653974Z");
    }

    @Test
    void anErrorAnswer_orNoAnswer_isARefusal_sayingWhich() {
        hub.failNext(1);

        assertThatThrownBy(() -> sender.send(anEvent(NotificationType.UPDATE_POSTED, Optional.empty())))
                .isInstanceOf(HubRefused.class).hasMessageContaining("500");
        hub.close();
        assertThatThrownBy(() -> sender.send(anEvent(NotificationType.UPDATE_POSTED, Optional.empty())))
                .isInstanceOf(HubRefused.class).hasMessageContaining("did not answer");
    }
}
