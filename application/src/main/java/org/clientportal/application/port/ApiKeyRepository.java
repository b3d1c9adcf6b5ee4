package org.clientportal.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.apikey.ApiKeySort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;

public interface ApiKeyRepository {

    void add(ApiKey key);

    Optional<ApiKey> find(TenantId tenant, ApiKeyId id);

    /** Looks a key up by the digest of its secret, through an index. */
    Optional<ApiKey> findByDigest(TenantId tenant, String secretDigest);

    /** The tenant's keys, revoked ones included, in the requested order (ties by id), after the request's position. */
    Page<ApiKey> list(TenantId tenant, PageRequest<ApiKeySort> page);

    /** The keys the operator issued that are not revoked yet (expired ones included). */
    List<ApiKey> unrevokedIssuedBy(TenantId tenant, OperatorId operator);

    void markRevoked(ApiKey key);

    void markUsed(TenantId tenant, ApiKeyId id, Instant at);
}
