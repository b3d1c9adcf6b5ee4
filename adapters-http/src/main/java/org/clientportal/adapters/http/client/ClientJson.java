package org.clientportal.adapters.http.client;

import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;

/** A client as the API shows it, with the moves its status allows now. */
public record ClientJson(String id, String name, String email, String company, String phone, String status,
                         List<String> allowedTransitions, String source, String intakeMessage, long version,
                         Instant createdAt, Instant updatedAt, Instant statusChangedAt) {

    public static ClientJson of(Client client) {
        return new ClientJson(client.id().toString(), client.profile().name(),
                client.profile().email().map(Object::toString).orElse(null), client.profile().company().orElse(null),
                client.profile().phone().orElse(null), WireNames.of(client.status()),
                WireNames.of(ClientLifecycle.MOVES.allowedFrom(client.status())), WireNames.of(client.source()),
                client.intakeMessage().orElse(null), client.version(), client.createdAt(), client.updatedAt(),
                client.statusChangedAt());
    }
}
