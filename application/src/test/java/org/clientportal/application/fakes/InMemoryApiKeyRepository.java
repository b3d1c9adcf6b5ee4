package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.apikey.ApiKeySort;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final TransactionalMap<ApiKeyId, ApiKey> keys;
    private final InMemoryOperatorRepository operators;

    public InMemoryApiKeyRepository(InMemoryTransactions transactions, InMemoryOperatorRepository operators) {
        this.keys = new TransactionalMap<>(transactions);
        this.operators = operators;
    }

    @Override
    public void add(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return keys.get(id).filter(k -> k.tenantId().equals(tenant));
    }

    @Override
    public Optional<IssuedKey> findForAuthentication(TenantId tenant, String secretDigest) {
        return keys.values().stream()
                .filter(k -> k.tenantId().equals(tenant) && k.secretDigest().equals(secretDigest))
                .findFirst()
                .flatMap(k -> operators.find(tenant, k.createdBy()).map(issuer -> new IssuedKey(k, issuer.role())));
    }

    @Override
    public Page<ApiKey> list(TenantId tenant, PageRequest<ApiKeySort> page) {
        return Keyset.page(keys.values(), k -> k.tenantId().equals(tenant), page,
                k -> sortValue(k, page.sort().field()), k -> k.id().value());
    }

    private static SortValue sortValue(ApiKey key, ApiKeySort field) {
        return switch (field) {
            case CREATED_AT -> new SortValue.Time(key.createdAt());
            case NAME -> new SortValue.Text(key.name());
        };
    }

    @Override
    public List<ApiKey> unrevokedIssuedBy(TenantId tenant, OperatorId operator) {
        return keys.values().stream()
                .filter(k -> k.tenantId().equals(tenant) && k.createdBy().equals(operator) && !k.isRevoked())
                .toList();
    }

    @Override
    public void markRevoked(ApiKey key) {
        find(key.tenantId(), key.id()).ifPresent(k -> keys.put(k.id(), key));
    }

    @Override
    public void markUsed(TenantId tenant, ApiKeyId id, Instant at) {
        find(tenant, id).ifPresent(k -> keys.put(id, k.usedAt(at)));
    }
}
