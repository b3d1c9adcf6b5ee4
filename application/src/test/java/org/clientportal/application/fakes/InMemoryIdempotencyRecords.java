package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.application.idempotency.IdempotencyClaim;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Entry(String fingerprint, Instant claimedAt, RecordedResponse response) {
    }

    private final Map<List<String>, Entry> entries = new HashMap<>();

    @Override
    public synchronized IdempotencyClaim claim(TenantId tenant, String principal, String key, String fingerprint,
                                               Instant now, Instant staleBefore) {
        List<String> id = List.of(tenant.toString(), principal, key);
        Entry entry = entries.get(id);
        if (entry != null && entry.response() != null) {
            return new IdempotencyClaim.Completed(entry.fingerprint(), entry.response());
        }
        if (entry != null && !entry.claimedAt().isBefore(staleBefore)) {
            return new IdempotencyClaim.InProgress(entry.fingerprint());
        }
        entries.put(id, new Entry(fingerprint, now, null));
        return new IdempotencyClaim.Claimed();
    }

    @Override
    public synchronized void complete(TenantId tenant, String principal, String key, RecordedResponse response) {
        List<String> id = List.of(tenant.toString(), principal, key);
        Entry entry = entries.get(id);
        if (entry != null) {
            entries.put(id, new Entry(entry.fingerprint(), entry.claimedAt(), response));
        }
    }

    @Override
    public synchronized void release(TenantId tenant, String principal, String key) {
        entries.remove(List.of(tenant.toString(), principal, key));
    }
}
