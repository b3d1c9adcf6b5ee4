package org.clientportal.adapters.persistence.idempotency;

import static org.clientportal.adapters.persistence.generated.Tables.IDEMPOTENCY_RECORDS;

import org.clientportal.adapters.persistence.generated.Routines;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.IdempotencyRecordsRecord;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * Records live in the request's own transaction. A key is reserved by a transaction-level advisory
 * lock (released by commit or rollback, so a dead request can never leave its key taken); the lock
 * is tried, never waited for, so a concurrent duplicate is told at once that the first still runs.
 */
public final class JooqIdempotencyRecords implements IdempotencyRecords {

    @Override
    public boolean tryReserve(TenantId tenant, String principal, String key) {
        return CurrentTransaction.dsl()
                .select(DSL.field("pg_try_advisory_xact_lock(hashtextextended(?, 0))", Boolean.class,
                        tenant + "\n" + principal + "\n" + key))
                .fetchSingle()
                .value1();
    }

    @Override
    public Optional<IdempotencyRecord> find(TenantId tenant, String principal, String key, Instant notBefore) {
        return CurrentTransaction.dsl().selectFrom(IDEMPOTENCY_RECORDS)
                .where(keyIs(tenant, principal, key), IDEMPOTENCY_RECORDS.CREATED_AT.ge(notBefore))
                .fetchOptional(JooqIdempotencyRecords::toRecord);
    }

    @Override
    public void save(TenantId tenant, String principal, String key, IdempotencyRecord record) {
        RecordedResponse response = record.response();
        JSONB headers = JsonbMaps.toJsonb(response.headers());
        CurrentTransaction.dsl().insertInto(IDEMPOTENCY_RECORDS)
                .set(IDEMPOTENCY_RECORDS.TENANT_ID, tenant.value())
                .set(IDEMPOTENCY_RECORDS.PRINCIPAL, principal)
                .set(IDEMPOTENCY_RECORDS.KEY, key)
                .set(IDEMPOTENCY_RECORDS.FINGERPRINT, record.fingerprint())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_BODY, response.body())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_HEADERS, headers)
                .set(IDEMPOTENCY_RECORDS.CREATED_AT, record.recordedAt())
                // Only an expired record can be here: the reservation keeps live ones from being run twice.
                .onConflict(IDEMPOTENCY_RECORDS.TENANT_ID, IDEMPOTENCY_RECORDS.PRINCIPAL, IDEMPOTENCY_RECORDS.KEY)
                .doUpdate()
                .set(IDEMPOTENCY_RECORDS.FINGERPRINT, record.fingerprint())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_STATUS, response.status())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_BODY, response.body())
                .set(IDEMPOTENCY_RECORDS.RESPONSE_HEADERS, headers)
                .set(IDEMPOTENCY_RECORDS.CREATED_AT, record.recordedAt())
                .execute();
    }

    @Override
    public long expire(Instant before) {
        return CurrentTransaction.dsl()
                .select(Routines.expireIdempotencyRecords(before))
                .fetchSingle()
                .value1();
    }

    private static IdempotencyRecord toRecord(IdempotencyRecordsRecord row) {
        return new IdempotencyRecord(row.getFingerprint(),
                new RecordedResponse(row.getResponseStatus(), row.getResponseBody(), headers(row.getResponseHeaders())),
                row.getCreatedAt());
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
