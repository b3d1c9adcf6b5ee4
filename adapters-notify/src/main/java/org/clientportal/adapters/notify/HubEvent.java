package org.clientportal.adapters.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clientportal.domain.notification.Notification;

/**
 * An event in the hub's wire form (docs/notification-hub.md), field by field in the documented order,
 * for JSON: the body {@link HttpHubSender} posts, and the line {@link FileHubSender} appends, so that
 * whatever reads either reads one format.
 */
final class HubEvent {

    private HubEvent() {
    }

    static Map<String, Object> of(Notification n) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", n.id().toString());
        event.put("type", n.type().wireName());
        event.put("tenantId", n.tenantId().toString());
        event.put("clientId", n.clientId().map(Object::toString).orElse(null));
        event.put("occurredAt", n.occurredAt().toString());
        event.put("payload", n.payload());
        return event;
    }
}
