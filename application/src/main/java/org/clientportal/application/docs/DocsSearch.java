package org.clientportal.application.docs;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Filters of a list of documents or invoices: a client, a status; and for a client's contacts,
 * only the client-visible ones of their own client.
 */
public record DocsSearch(DocsKind kind, Optional<ClientId> clientId, Optional<DocsStatus> status,
                         boolean clientVisibleOnly) {

    public DocsSearch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        if (clientVisibleOnly && clientId.isEmpty()) {
            throw new IllegalArgumentException("what is client-visible is of one client");
        }
    }

    /** What a client's contacts may read: their client's client-visible ones. */
    public static DocsSearch sharedWith(DocsKind kind, ClientId client) {
        return new DocsSearch(kind, Optional.of(client), Optional.empty(), true);
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "kind=" + kind + "&clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&status=" + status.map(Lifecycle::wireName).orElse("") + "&shared=" + clientVisibleOnly;
    }
}
