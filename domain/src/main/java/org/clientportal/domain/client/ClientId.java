package org.clientportal.domain.client;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    public static ClientId parse(String raw) {
        return new ClientId(Ids.parseOrNotFound("client", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
