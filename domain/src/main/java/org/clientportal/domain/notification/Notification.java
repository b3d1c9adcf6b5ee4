package org.clientportal.domain.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * One event for the Notification Hub, written with the change it tells of. Its {@code id} is the
 * hub's idempotency key; its {@code payload} holds only what the event's audience may read (never
 * an internal record's content): ids, names, titles and texts of what is shared with the client.
 */
public record Notification(UUID id, TenantId tenantId, NotificationType type, Optional<ClientId> clientId,
                           Map<String, Object> payload, Instant occurredAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(clientId, "clientId");
        payload = Map.copyOf(payload);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
