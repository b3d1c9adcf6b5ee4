package org.clientportal.domain.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.shared.TenantId;

/**
 * A single-use sign-in link for one contact. Only the digest of its secret is kept; the link
 * itself is shown once, when it is issued. {@code issuedBy} names the principal that issued it.
 */
public record PortalLink(UUID id, TenantId tenantId, ContactId contactId, String secretDigest, String issuedBy,
                         Instant issuedAt, Instant expiresAt, Optional<Instant> usedAt, Optional<Instant> revokedAt) {

    /** Why a link no longer opens the portal, or that it still does. */
    public enum State {
        USABLE, USED, EXPIRED, REVOKED
    }

    public PortalLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(secretDigest, "secretDigest");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a portal link must expire after it is issued");
        }
    }

    public static PortalLink issue(UUID id, TenantId tenantId, ContactId contactId, String secretDigest,
                                   String issuedBy, Instant now, Instant expiresAt) {
        return new PortalLink(id, tenantId, contactId, secretDigest, issuedBy, now, expiresAt, Optional.empty(),
                Optional.empty());
    }

    public PortalLink used(Instant at) {
        return new PortalLink(id, tenantId, contactId, secretDigest, issuedBy, issuedAt, expiresAt, Optional.of(at),
                revokedAt);
    }

    public PortalLink revoked(Instant at) {
        return new PortalLink(id, tenantId, contactId, secretDigest, issuedBy, issuedAt, expiresAt, usedAt,
                Optional.of(at));
    }

    /** Revoked beats used beats expired: the answer names what the agency or the contact did last. */
    public State stateAt(Instant now) {
        if (revokedAt.isPresent()) {
            return State.REVOKED;
        }
        if (usedAt.isPresent()) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }
}
