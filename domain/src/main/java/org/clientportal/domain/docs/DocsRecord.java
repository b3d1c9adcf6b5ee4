package org.clientportal.domain.docs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * The portal's copy of a Klevar Docs document or invoice: the latest facts it was told, and the
 * client they belong to when the Docs' client reference names one of the agency's clients (a
 * client's id or task key prefix); until then it is the agency's only, unmatched.
 */
public record DocsRecord(DocsRecordId id, TenantId tenantId, Optional<ClientId> clientId, DocsFacts facts,
                         Instant syncedAt) {

    public DocsRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(syncedAt, "syncedAt");
    }

    /**
     * The record once told {@code newer}, or empty when those facts are older than what it holds
     * (events can arrive out of order, and a late "issued" must not undo "paid") or the same.
     */
    public Optional<DocsRecord> toldOf(Optional<ClientId> client, DocsFacts newer, Instant now) {
        if (newer.kind() != facts.kind() || !newer.externalId().equals(facts.externalId())) {
            throw new IllegalArgumentException("the facts are of another record");
        }
        if (newer.asOf().isBefore(facts.asOf()) || newer.equals(facts) && client.equals(clientId)) {
            return Optional.empty();
        }
        return Optional.of(new DocsRecord(id, tenantId, client, newer, now));
    }

    /** Whether the client's contacts may see it. */
    public boolean isSharedWith(ClientId client) {
        return facts.clientVisible() && clientId.filter(client::equals).isPresent();
    }
}
