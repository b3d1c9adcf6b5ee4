package org.clientportal.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;

public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> find(TenantId tenant, ApiKeyId id);

    /** Looks a key up by the digest of its secret, through an index. */
    Optional<ApiKey> findByDigest(TenantId tenant, String secretDigest);

    /** All keys of the tenant, revoked ones included, newest first. */
    List<ApiKey> list(TenantId tenant);

    /** The keys the operator issued that are not revoked yet (expired ones included). */
    List<ApiKey> unrevokedIssuedBy(TenantId tenant, OperatorId operator);

    void markRevoked(ApiKey key);

    void markUsed(TenantId tenant, ApiKeyId id, Instant at);
}
