package org.clientportal.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.domain.shared.TenantId;

/**
 * What the relay sees of the outbox, across tenants, through a narrow path of its own: the pending
 * events that are due, each claimed for a while so that relays on other replicas skip it, and their
 * outcomes, and the sweep of those delivered long ago. Each call is a statement of its own, with no
 * transaction around the delivery.
 */
public interface OutboxRelayStore {

    /** Up to {@code limit} pending events due at {@code now} and claimed by no one, claimed for {@code lease}. */
    List<OutboxEntry> claim(int limit, Instant now, Duration lease);

    /** The hub has it: delivered, and its link (the one secret an event may carry) forgotten. */
    void delivered(TenantId tenant, UUID id, Instant at);

    /** The hub did not take it: still pending, tried once more, next at {@code retryAt}. */
    void failed(TenantId tenant, UUID id, String error, Instant retryAt);

    /** Removes up to {@code limit} events delivered before {@code before}, oldest first: how many of each tenant. */
    Map<TenantId, Long> sweepDelivered(Instant before, int limit);
}
