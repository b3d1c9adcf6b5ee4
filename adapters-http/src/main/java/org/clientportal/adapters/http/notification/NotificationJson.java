package org.clientportal.adapters.http.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.domain.notification.Notification;

/** An event for the hub and where its delivery stands. */
@Schema(name = "Notification", description = "An event for the Notification Hub, and where its delivery stands.")
public record NotificationJson(@Schema(description = "The event's id, its idempotency key at the hub.") String id,
                               @Schema(example = "update.posted") String type,
                               @Schema(nullable = true) String clientId,
                               Instant occurredAt,
                               @Schema(allowableValues = {"pending", "delivered"}, description = "`pending` until"
                                       + " the hub takes it: while the hub is off or down, and between tries.")
                               String state,
                               @Schema(description = "How often the relay sent it.") int attempts,
                               @Schema(nullable = true, description = "Why the last try failed.") String lastError,
                               @Schema(description = "When a pending event is tried next.") Instant nextAttemptAt,
                               @Schema(nullable = true) Instant deliveredAt,
                               @Schema(description = "What the hub is told, as the hub's contract has it; a portal"
                                       + " link's `url` is never shown here.") Map<String, Object> payload) {

    static NotificationJson of(OutboxEntry entry) {
        Notification n = entry.notification();
        Map<String, Object> shown = new LinkedHashMap<>(n.payload());
        shown.remove("url");
        return new NotificationJson(n.id().toString(), n.type().wireName(),
                n.clientId().map(Object::toString).orElse(null), n.occurredAt(), WireNames.of(entry.state()),
                entry.attempts(), entry.lastError().orElse(null), entry.nextAttemptAt(),
                entry.deliveredAt().orElse(null), shown);
    }
}
