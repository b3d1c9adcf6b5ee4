package org.clientportal.domain.client;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static ClientId parse(String raw) {
        return new ClientId(Ids.parseOrNotFound("client", raw));
    }

    /** For ids in bodies and filters: a malformed one is bad input. */
    public static ClientId of(String raw) {
        return new ClientId(Ids.tryParse(raw).orElseThrow(() -> new IllegalArgumentException("must be a client id")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
