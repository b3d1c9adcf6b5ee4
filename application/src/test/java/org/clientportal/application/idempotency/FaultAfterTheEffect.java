package org.clientportal.application.idempotency;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;

/**
 * Idempotency records whose first save fails: the request's effect has happened, its answer is not
 * yet recorded, and the process "dies" there. Shared by the fake and the PostgreSQL tests.
 */
public final class FaultAfterTheEffect implements IdempotencyRecords {

    /** What the injected fault throws. */
    public static final class InjectedFault extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InjectedFault() {
            super("injected: the process died between the effect and the answer");
        }
    }

    private final IdempotencyRecords records;
    private boolean failed;

    public FaultAfterTheEffect(IdempotencyRecords records) {
        this.records = records;
    }

    @Override
    public boolean tryReserve(TenantId tenant, String principal, String key) {
        return records.tryReserve(tenant, principal, key);
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String principal, String key, Instant notBefore) {
        return records.find(tenant, principal, key, notBefore);
    }

    @Override
    public synchronized void save(TenantId tenant, String principal, String key, IdempotencyRecord record) {
        if (!failed) {
            failed = true;
            throw new InjectedFault();
        }
        records.save(tenant, principal, key, record);
    }

    @Override
    public long expire(Instant before) {
        return records.expire(before);
    }
}
