package org.clientportal.application.port;

import java.time.Instant;
import org.clientportal.application.idempotency.IdempotencyClaim;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.domain.shared.TenantId;

/**
 * What was answered to each Idempotency-Key, per tenant and principal. Keys are claimed before the
 * work runs, so that two concurrent requests with one key cannot both run.
 */
public interface IdempotencyRecords {

    /**
     * Claims the key for this request, or reports the claim already there. A claim left in progress
     * since before {@code staleBefore} (its request died) is taken over.
     */
    IdempotencyClaim claim(TenantId tenant, String principal, String key, String fingerprint, Instant now,
                           Instant staleBefore);

    void complete(TenantId tenant, String principal, String key, RecordedResponse response);

    /** Forgets a claim whose request failed, so the key can be used again. */
    void release(TenantId tenant, String principal, String key);
}
