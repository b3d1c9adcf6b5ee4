package org.clientportal.application.client;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Filters of the client list: the statuses (a client in any of them matches; none given, any
 * status), and text whose every word must start a word of the name, the company or the email address,
 * case and accents ignored.
 */
public record ClientSearch(Set<ClientStatus> statuses, Optional<String> text) {

    public ClientSearch {
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(text, "text");
    }

    public static ClientSearch all() {
        return new ClientSearch(Set.of(), Optional.empty());
    }

    /** Whether a client in this status is listed. */
    public boolean admits(ClientStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** The filters written one way only (statuses in name order, the text last), for binding cursors to them. */
    public String canonical() {
        return "status=" + statuses.stream().map(Lifecycle::wireName).sorted().collect(Collectors.joining(","))
                + "&q=" + text.orElse("");
    }
}
