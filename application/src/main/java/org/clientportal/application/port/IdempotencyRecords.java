package org.clientportal.application.port;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.domain.shared.TenantId;

/**
 * The answers given to Idempotency-Keys, per tenant and principal. Every method runs inside the
 * transaction of the request itself, so an answer is recorded if and only if its effect committed.
 */
public interface IdempotencyRecords {

    /**
     * Reserves the key until the current transaction ends, without waiting: false when a concurrent
     * transaction holds it (a duplicate of a request that is still running).
     */
    boolean tryReserve(TenantId tenant, String principal, String key);

    /** The answer recorded for the key at or after {@code notBefore}; older ones have expired. */
    Optional<IdempotencyRecord> find(TenantId tenant, String principal, String key, Instant notBefore);

    /** Records the answer to the key, replacing an expired one. */
    void save(TenantId tenant, String principal, String key, IdempotencyRecord record);

    /** Deletes, across every tenant, the records made before {@code before}; returns how many. */
    long expire(Instant before);
}
