package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private final TransactionalMap<List<String>, IdempotencyRecord> records;

    public InMemoryIdempotencyRecords(InMemoryTransactions transactions) {
        this.records = new TransactionalMap<>(transactions);
    }

    /** The fake's transactions run one at a time, so no other transaction can hold the key. */
    @Override
    public boolean tryReserve(TenantId tenant, String principal, String key) {
        return true;
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String principal, String key, Instant notBefore) {
        return records.get(id(tenant, principal, key)).filter(r -> !r.recordedAt().isBefore(notBefore));
    }

    @Override
    public void save(TenantId tenant, String principal, String key, IdempotencyRecord record) {
        records.put(id(tenant, principal, key), record);
    }

    @Override
    public long expire(Instant before) {
        long expired = 0;
        for (var entry : records.entries()) {
            if (entry.getValue().recordedAt().isBefore(before)) {
                records.remove(entry.getKey());
                expired++;
            }
        }
        return expired;
    }

    private static List<String> id(TenantId tenant, String principal, String key) {
        return List.of(tenant.toString(), principal, key);
    }
}
