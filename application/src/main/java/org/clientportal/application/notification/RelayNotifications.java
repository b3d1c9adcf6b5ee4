package org.clientportal.application.notification;

import java.util.List;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.HubSender;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.notification.Notification;

/**
 * One pass of the relay: claim the due pending events (relays on other replicas skip them), send
 * each to the hub, and record the outcome, each in a short transaction bound to no tenant (the
 * store's narrow path across tenants). The delivery itself runs in no transaction, so a slow hub
 * holds no lock and no connection; a relay that dies mid-pass leaves its claims to expire, and the
 * events are sent again, under the same idempotency key.
 */
public final class RelayNotifications {

    /** What a pass did. */
    public record Pass(int delivered, int failed) {

        public boolean claimedAny() {
            return delivered + failed > 0;
        }
    }

    private final Transactions transactions;
    private final OutboxRelayStore store;
    private final HubSender hub;
    private final RelaySettings settings;
    private final Clock clock;

    public RelayNotifications(Transactions transactions, OutboxRelayStore store, HubSender hub, RelaySettings settings,
                              Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.hub = hub;
        this.settings = settings;
        this.clock = clock;
    }

    public Pass runOnce() {
        int delivered = 0;
        int failed = 0;
        List<OutboxEntry> claimed = transactions.outsideTenant(
                () -> store.claim(settings.batch(), clock.now(), settings.lease()));
        for (OutboxEntry entry : claimed) {
            Notification event = entry.notification();
            try {
                hub.send(event);
                transactions.outsideTenant(() -> {
                    store.delivered(event.tenantId(), event.id(), clock.now());
                    return null;
                });
                delivered++;
            } catch (HubRefused e) {
                transactions.outsideTenant(() -> {
                    store.failed(event.tenantId(), event.id(), e.getMessage(),
                            clock.now().plus(settings.retryAfter(entry.attempts() + 1)));
                    return null;
                });
                failed++;
            }
        }
        return new Pass(delivered, failed);
    }
}
