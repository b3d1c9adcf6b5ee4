package org.clientportal.adapters.persistence.idempotency;

import static org.clientportal.adapters.persistence.generated.Tables.IDEMPOTENCY_RECORDS;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.IdempotencyRecordsRecord;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.idempotency.IdempotencyClaim;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * Claims are decided by single statements (insert if absent, take over if stale), so two requests
 * racing for one key never both win, without holding locks while the request runs.
 */
public final class JooqIdempotencyRecords implements IdempotencyRecords {

    private static final String IN_PROGRESS = "in_progress";
    private static final String COMPLETED = "completed";

    /** A claim can vanish between our statements (released); then we simply try again. */
    private static final int ATTEMPTS = 3;

    @Override
    public IdempotencyClaim claim(TenantId tenant, String principal, String key, String fingerprint, Instant now,
                                  Instant staleBefore) {
        DSLContext dsl = CurrentTransaction.dsl();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean claimed = insertClaim(dsl, tenant, principal, key, fingerprint, now)
                    || takeOverStale(dsl, tenant, principal, key, fingerprint, now, staleBefore);
            if (claimed) {
                return new IdempotencyClaim.Claimed();
            }
            Optional<IdempotencyClaim> existing = dsl.selectFrom(IDEMPOTENCY_RECORDS)
                    .where(keyIs(tenant, principal, key))
                    .fetchOptional(JooqIdempotencyRecords::toClaim);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("the Idempotency-Key " + key + " kept changing hands; giving up");
    }

    @Override
    public void complete(TenantId tenant, String principal, String key, RecordedResponse response) {
        CurrentTransaction.dsl().update(IDEMPOTENCY_RECORDS)
                .set(IDEMPOTENCY_RECORDS.STATE, COMPLETED)
                .set(IDEMPOTENCY_RECORDS.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_BODY, response.body())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_HEADERS, JsonbMaps.toJsonb(response.headers()))
                .where(keyIs(tenant, principal, key))
                .execute();
    }

    @Override
    public void release(TenantId tenant, String principal, String key) {
        CurrentTransaction.dsl().deleteFrom(IDEMPOTENCY_RECORDS).where(keyIs(tenant, principal, key)).execute();
    }

    private static boolean insertClaim(DSLContext dsl, TenantId tenant, String principal, String key,
                                       String fingerprint, Instant now) {
        return dsl.insertInto(IDEMPOTENCY_RECORDS)
                .set(IDEMPOTENCY_RECORDS.TENANT_ID, tenant.value())
                .set(IDEMPOTENCY_RECORDS.PRINCIPAL, principal)
                .set(IDEMPOTENCY_RECORDS.KEY, key)
                .set(IDEMPOTENCY_RECORDS.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_RECORDS.STATE, IN_PROGRESS)
                .set(IDEMPOTENCY_RECORDS.CREATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** The request that claimed the key before {@code staleBefore} died without completing or releasing. */
    private static boolean takeOverStale(DSLContext dsl, TenantId tenant, String principal, String key,
                                         String fingerprint, Instant now, Instant staleBefore) {
        return dsl.update(IDEMPOTENCY_RECORDS)
                .set(IDEMPOTENCY_RECORDS.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_RECORDS.CREATED_AT, now)
                .where(keyIs(tenant, principal, key), IDEMPOTENCY_RECORDS.STATE.eq(IN_PROGRESS),
                        IDEMPOTENCY_RECORDS.CREATED_AT.lt(staleBefore))
                .execute() == 1;
    }

    private static IdempotencyClaim toClaim(IdempotencyRecordsRecord record) {
        if (COMPLETED.equals(record.getState())) {
            return new IdempotencyClaim.Completed(record.getFingerprint(),
                    new RecordedResponse(record.getResponseStatus(), record.getResponseBody(),
                            headers(record.getResponseHeaders())));
        }
        return new IdempotencyClaim.InProgress(record.getFingerprint());
    }

    private static Map<String, String> headers(JSONB json) {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonbMaps.fromJsonb(json).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return headers;
    }

    private static Condition keyIs(TenantId tenant, String principal, String key) {
        return IDEMPOTENCY_RECORDS.TENANT_ID.eq(tenant.value())
                .and(IDEMPOTENCY_RECORDS.PRINCIPAL.eq(principal))
                .and(IDEMPOTENCY_RECORDS.KEY.eq(key));
    }
}
