package org.clientportal.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.application.apikey.ApiKeySort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;

public interface ApiKeyRepository {

    /** A key as authentication reads it: with the current role of the operator who issued it. */
    record IssuedKey(ApiKey key, Role issuerRole) {

        public IssuedKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(issuerRole, "issuerRole");
        }
    }

    void add(ApiKey key);

    Optional<ApiKey> find(TenantId tenant, ApiKeyId id);

    /**
     * The key of this secret's digest with its issuer's current role, through an index, if both the key
     * and its issuer exist. One statement that binds the tenant itself: run it through
     * {@link Transactions#singleStatement}.
     */
    Optional<IssuedKey> findForAuthentication(TenantId tenant, String secretDigest);

    /** The tenant's keys, revoked ones included, in the requested order (ties by id), after the request's position. */
    Page<ApiKey> list(TenantId tenant, PageRequest<ApiKeySort> page);

    /** The keys the operator issued that are not revoked yet (expired ones included). */
    List<ApiKey> unrevokedIssuedBy(TenantId tenant, OperatorId operator);

    void markRevoked(ApiKey key);

    void markUsed(TenantId tenant, ApiKeyId id, Instant at);
}
