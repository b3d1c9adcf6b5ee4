package org.clientportal.domain.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;

/**
 * A credential for scripts and integrations. Only the SHA-256 digest of its secret is kept; the
 * secret itself is shown once, at creation. {@code createdBy} names the principal that issued it.
 */
public record ApiKey(ApiKeyId id, TenantId tenantId, String name, Role role, Set<ApiKeyScope> scopes,
                     String secretDigest, OperatorId createdBy, Instant createdAt, Optional<Instant> expiresAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public static final int NAME_MAX = 100;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key has at least one scope");
        }
        Objects.requireNonNull(secretDigest, "secretDigest");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("an API key cannot act as owner");
        }
        if (expiresAt.filter(at -> !at.isAfter(createdAt)).isPresent()) {
            throw new IllegalArgumentException("an API key must expire after it is created");
        }
    }

    public static ApiKey issue(ApiKeyId id, TenantId tenantId, String name, Role role, Set<ApiKeyScope> scopes,
                               String secretDigest, OperatorId createdBy, Instant now, Optional<Instant> expiresAt) {
        return new ApiKey(id, tenantId, name, role, scopes, secretDigest, createdBy, now, expiresAt, Optional.empty(),
                Optional.empty());
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** Usable at {@code now}: neither revoked nor expired. */
    public boolean isUsableAt(Instant now) {
        return !isRevoked() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** Whether one of the key's scopes covers the permission; its role must still grant it. */
    public static boolean scopesCover(Set<ApiKeyScope> scopes, Permission permission) {
        return scopes.stream().anyMatch(scope -> scope.covers(permission));
    }

    /**
     * The role a request with this key acts with: the key's own, but never more than its creator has
     * now, so demoting an operator demotes the keys they issued.
     */
    public Role effectiveRole(Role creatorsRole) {
        return creatorsRole.outranks(role) ? role : creatorsRole;
    }

    public ApiKey usedAt(Instant now) {
        return new ApiKey(id, tenantId, name, role, scopes, secretDigest, createdBy, createdAt, expiresAt,
                Optional.of(now), revokedAt);
    }

    /** Revoking twice keeps the first revocation time. */
    public ApiKey revoked(Instant now) {
        return isRevoked() ? this
                : new ApiKey(id, tenantId, name, role, scopes, secretDigest, createdBy, createdAt, expiresAt,
                        lastUsedAt, Optional.of(now));
    }
}
