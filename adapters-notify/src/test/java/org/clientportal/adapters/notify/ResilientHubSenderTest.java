package org.clientportal.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.contract.HubSenderContract;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The resilient sender over the HTTP one: the senders' contract still holds, then how it retries and breaks. */
class ResilientHubSenderTest extends HubSenderContract {

    private final FakeHub hub = FakeHub.start();
    private final ResilientHubSender resilient = new ResilientHubSender(HttpHubSenderTest.httpSender(hub),
            HttpHubSenderTest.settings(hub));

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Override
    protected HubSender sender() {
        return resilient;
    }

    @Override
    protected List<TakenEvent> taken() {
        return HttpHubSenderTest.takenBy(hub);
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
    void aSend_isTriedAgainAfterAFailure_underTheSameKey() {
        hub.failNext(2);
        Notification event = anEvent(NotificationType.UPDATE_POSTED, Optional.empty());

        sender.send(event);

        assertThat(hub.deliveries()).hasSize(3).extracting(FakeHub.Delivery::idempotencyKey)
                .containsOnly(event.id().toString());
    }

    @Test
    void afterRepeatedFailures_theCircuitOpens_andSendsAreRefusedWithoutTryingTheHub() {
        hub.goDown();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> sender.send(anEvent(NotificationType.UPDATE_POSTED, Optional.empty())))
                    .isInstanceOf(HubRefused.class);
        }
        int tried = hub.tries();

        assertThat(resilient.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> sender.send(anEvent(NotificationType.UPDATE_POSTED, Optional.empty())))
                .isInstanceOf(HubRefused.class).hasMessageContaining("circuit is open");
        assertThat(hub.tries()).isEqualTo(tried);
        assertThat(tried).as("five sends, each tried three times").isEqualTo(15);
    }
}
