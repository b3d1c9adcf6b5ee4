package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HubSender} does, whatever it delivers to: the relay counts on it to hand each
 * event over under its id, to say so only once the receiver has it, and to refuse loudly otherwise,
 * so that the event stays pending and is sent again. Any implementation runs it against itself from
 * the application's test jar; the HTTP senders and the file sender of adapters-notify do.
 *
 * <p>What an implementation's test provides: the sender, the receiver it delivers to (what the
 * receiver took, read back as events), and a way to take the receiver down and bring it back. A
 * fresh sender is asked for before every test, and every test sends events of its own.
 */
public abstract class HubSenderContract {

    /** What the receiver took: the event as it reads it back, and the key it was delivered under. */
    public record TakenEvent(String key, Notification event) {

        public TakenEvent {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(event, "event");
        }
    }

    protected HubSender sender;

    /** The implementation under test, delivering to the receiver {@link #taken()} reads; called before every test. */
    protected abstract HubSender sender();

    /** Every event the receiver took so far, one entry per time it took one; asked only while it is up. */
    protected abstract List<TakenEvent> taken();

    /** From now on the receiver takes nothing: it is down, unreachable, or refuses every event. */
    protected abstract void receiverGoesDown();

    /** The receiver takes events again, still holding what it took before it went down. */
    protected abstract void receiverComesBack();

    @BeforeEach
    void openSender() {
        sender = sender();
    }

    @Test
    void aSentEvent_isTakenWithEveryField_underItsIdAsKey_beforeSendReturns() {
        Notification event = anEvent(NotificationType.UPDATE_POSTED, Optional.of(new ClientId(UUID.randomUUID())));

        sender.send(event);

        assertThat(taken()).containsExactly(new TakenEvent(event.id().toString(), event));
    }

    @Test
    void anEventAboutNoClient_isTakenWithoutOne() {
        Notification digest = anEvent(NotificationType.DAILY_DIGEST, Optional.empty());

        sender.send(digest);

        assertThat(taken()).containsExactly(new TakenEvent(digest.id().toString(), digest));
    }

    @Test
    void eventsSentOneAfterAnother_areEachTaken_underTheirOwnKeys() {
        List<Notification> events = List.of(
                anEvent(NotificationType.REQUEST_RECEIVED, Optional.of(new ClientId(UUID.randomUUID()))),
                anEvent(NotificationType.CAPACITY_WARNING, Optional.empty()),
                anEvent(NotificationType.MILESTONE_COMPLETED, Optional.of(new ClientId(UUID.randomUUID()))));

        events.forEach(sender::send);

        assertThat(taken()).containsExactlyInAnyOrderElementsOf(
                events.stream().map(e -> new TakenEvent(e.id().toString(), e)).toList());
    }

    @Test
    void theSameEventSentTwice_isHarmless_theReceiverHoldsItUnderOneKey() {
        Notification event = anEvent(NotificationType.REQUEST_ACCEPTED, Optional.of(new ClientId(UUID.randomUUID())));

        sender.send(event);
        sender.send(event);

        assertThat(taken()).isNotEmpty().containsOnly(new TakenEvent(event.id().toString(), event));
    }

    @Test
    void aReceiverThatIsDown_makesSendThrowHubRefused_andTakesNothing() {
        Notification event = anEvent(NotificationType.REPORT_PUBLISHED, Optional.of(new ClientId(UUID.randomUUID())));
        receiverGoesDown();

        assertThatThrownBy(() -> sender.send(event)).isInstanceOf(HubRefused.class);

        receiverComesBack();
        assertThat(taken()).isEmpty();
    }

    @Test
    void anEventRefusedOnce_isTakenOnce_whenSentAgainAfterTheReceiverCameBack() {
        Notification before = anEvent(NotificationType.PORTAL_LINK_ISSUED,
                Optional.of(new ClientId(UUID.randomUUID())));
        Notification refused = anEvent(NotificationType.SLA_AT_RISK, Optional.empty());
        sender.send(before);
        receiverGoesDown();
        assertThatThrownBy(() -> sender.send(refused)).isInstanceOf(HubRefused.class);
        receiverComesBack();

        sender.send(refused);

        assertThat(taken()).containsExactly(new TakenEvent(before.id().toString(), before),
                new TakenEvent(refused.id().toString(), refused));
    }

    /**
     * An event as the outbox holds one: a time to the microsecond, and a payload of text (with a line
     * break, quotes and letters beyond ASCII, which a receiver must keep as written) and a number.
     */
    protected static Notification anEvent(NotificationType type, Optional<ClientId> client) {
        return new Notification(UUID.randomUUID(), new TenantId(UUID.randomUUID()), type, client,
                Map.of("projectName", "Website \"relaunch\"", "body", "Beta is live.\nNext: Müller's review ✓",
                        "usedMinutes", 4_500),
                Instant.parse("2026-12-04T18:51:44.653974Z"));
    }
}
