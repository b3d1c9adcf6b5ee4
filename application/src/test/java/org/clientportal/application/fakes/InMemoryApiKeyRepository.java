package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final TransactionalMap<ApiKeyId, ApiKey> keys;

    public InMemoryApiKeyRepository(InMemoryTransactions transactions) {
        this.keys = new TransactionalMap<>(transactions);
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
    public Optional<ApiKey> findByDigest(TenantId tenant, String secretDigest) {
        return keys.values().stream()
                .filter(k -> k.tenantId().equals(tenant) && k.secretDigest().equals(secretDigest))
                .findFirst();
    }

    @Override
    public List<ApiKey> list(TenantId tenant) {
        return keys.values().stream()
                .filter(k -> k.tenantId().equals(tenant))
                .sorted(Comparator.comparing((ApiKey k) -> k.id().value(), Keyset.POSTGRES_ORDER).reversed())
                .toList();
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
