package org.clientportal.adapters.persistence.idempotency;

import static org.clientportal.adapters.persistence.generated.Tables.IDEMPOTENCY_RECORDS;

import org.clientportal.adapters.persistence.generated.Routines;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.IdempotencyRecordsRecord;
import org.clientportal.adapters.persistence.shared.FixedSql;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * Records live in the request's own transaction. A key is reserved by a transaction-level advisory
 * lock (released by commit or rollback, so a dead request can never leave its key taken); the lock
 * is tried, never waited for, so a concurrent duplicate is told at once that the first still runs.
 */
public final class JooqIdempotencyRecords implements IdempotencyRecords {

    private static final FixedSql FIND = FixedSql.of(DSL.selectFrom(IDEMPOTENCY_RECORDS).where(
            IDEMPOTENCY_RECORDS.TENANT_ID.eq(FixedSql.slot(IDEMPOTENCY_RECORDS.TENANT_ID)),
            IDEMPOTENCY_RECORDS.PRINCIPAL.eq(FixedSql.slot(IDEMPOTENCY_RECORDS.PRINCIPAL)),
            IDEMPOTENCY_RECORDS.KEY.eq(FixedSql.slot(IDEMPOTENCY_RECORDS.KEY)),
            IDEMPOTENCY_RECORDS.CREATED_AT.ge(FixedSql.slot(IDEMPOTENCY_RECORDS.CREATED_AT))));

    private static final Field<?>[] SAVED = {IDEMPOTENCY_RECORDS.TENANT_ID, IDEMPOTENCY_RECORDS.PRINCIPAL,
            IDEMPOTENCY_RECORDS.KEY, IDEMPOTENCY_RECORDS.FINGERPRINT, IDEMPOTENCY_RECORDS.RESPONSE_STATUS,
            IDEMPOTENCY_RECORDS.RESPONSE_BODY, IDEMPOTENCY_RECORDS.RESPONSE_HEADERS, IDEMPOTENCY_RECORDS.CREATED_AT};

    /** Only an expired record can be in the way: the reservation keeps live ones from being run twice. */
    private static final FixedSql SAVE = FixedSql.of(DSL.insertInto(IDEMPOTENCY_RECORDS).columns(SAVED)
            .values(FixedSql.slots(SAVED))
            .onConflict(IDEMPOTENCY_RECORDS.TENANT_ID, IDEMPOTENCY_RECORDS.PRINCIPAL, IDEMPOTENCY_RECORDS.KEY)
            .doUpdate()
            .set(IDEMPOTENCY_RECORDS.FINGERPRINT, DSL.excluded(IDEMPOTENCY_RECORDS.FINGERPRINT))
            .set(IDEMPOTENCY_RECORDS.RESPONSE_STATUS, DSL.excluded(IDEMPOTENCY_RECORDS.RESPONSE_STATUS))
            .set(IDEMPOTENCY_RECORDS.RESPONSE_BODY, DSL.excluded(IDEMPOTENCY_RECORDS.RESPONSE_BODY))
            .set(IDEMPOTENCY_RECORDS.RESPONSE_HEADERS, DSL.excluded(IDEMPOTENCY_RECORDS.RESPONSE_HEADERS))
            .set(IDEMPOTENCY_RECORDS.CREATED_AT, DSL.excluded(IDEMPOTENCY_RECORDS.CREATED_AT)));

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
        return FIND.query(IDEMPOTENCY_RECORDS, tenant.value(), principal, key, notBefore)
                .fetchOptional(JooqIdempotencyRecords::toRecord);
    }

    @Override
    public void save(TenantId tenant, String principal, String key, IdempotencyRecord record) {
        RecordedResponse response = record.response();
        SAVE.execute(tenant.value(), principal, key, record.fingerprint(), response.status(), response.body(),
                JsonbMaps.toJsonb(response.headers()), record.recordedAt());
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
}
