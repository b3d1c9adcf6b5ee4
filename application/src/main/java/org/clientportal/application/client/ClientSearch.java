package org.clientportal.application.client;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientStatus;

/** Filters of the client list: a status, and text matched case-insensitively in name, email and company. */
public record ClientSearch(Optional<ClientStatus> status, Optional<String> text) {

    public ClientSearch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
    }

    public static ClientSearch all() {
        return new ClientSearch(Optional.empty(), Optional.empty());
    }
}
