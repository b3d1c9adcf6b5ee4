package org.clientportal.domain.agenda;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;

/**
 * Open work nobody has touched for a while: a lead, a project under way, or a task not done or
 * cancelled, with when it last changed. {@code key} is a task's key.
 */
public record StaleItem(String type, UUID id, Optional<String> key, String title, ClientId clientId, String status,
                        Instant updatedAt) {

    public StaleItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
