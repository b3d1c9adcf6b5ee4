package org.clientportal.adapters.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.TenantId;

/** Reads an event in the hub's wire form back, as a receiver would, for the senders' contract. */
final class WireEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireEvents() {
    }

    static Notification event(String json) {
        try {
            JsonNode event = JSON.readTree(json);
            JsonNode client = event.path("clientId");
            return new Notification(UUID.fromString(event.path("id").asText()),
                    new TenantId(UUID.fromString(event.path("tenantId").asText())),
                    NotificationType.of(event.path("type").asText()).orElseThrow(),
                    client.isNull() ? Optional.empty() : Optional.of(new ClientId(UUID.fromString(client.asText()))),
                    JSON.convertValue(event.path("payload"), new TypeReference<Map<String, Object>>() { }),
                    Instant.parse(event.path("occurredAt").asText()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not an event in the hub's wire form: " + json, e);
        }
    }
}
