package org.clientportal.adapters.persistence.docs;

import static org.clientportal.adapters.persistence.generated.Tables.DOCS_RECORDS;
import static org.clientportal.adapters.persistence.generated.Tables.DOCS_WEBHOOK_EVENTS;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.DocsRecordsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.docs.DocsSearch;
import org.clientportal.application.docs.DocsSort;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** The copy of Docs' records in portal.docs_records, and the events taken in portal.docs_webhook_events (V40). */
public final class JooqDocsRepository implements DocsRepository {

    @Override
    public boolean firstDelivery(TenantId tenant, String eventId, String type, Instant receivedAt) {
        return CurrentTransaction.dsl().insertInto(DOCS_WEBHOOK_EVENTS)
                .set(DOCS_WEBHOOK_EVENTS.TENANT_ID, tenant.value())
                .set(DOCS_WEBHOOK_EVENTS.EVENT_ID, eventId)
                .set(DOCS_WEBHOOK_EVENTS.TYPE, type)
                .set(DOCS_WEBHOOK_EVENTS.RECEIVED_AT, receivedAt)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<DocsRecord> lock(TenantId tenant, DocsKind kind, String externalId) {
        return CurrentTransaction.dsl().selectFrom(DOCS_RECORDS)
                .where(DOCS_RECORDS.TENANT_ID.eq(tenant.value()), DOCS_RECORDS.KIND.eq(Lifecycle.wireName(kind)),
                        DOCS_RECORDS.EXTERNAL_ID.eq(externalId))
                .forUpdate()
                .fetchOptional(DocsRows::toDocsRecord);
    }

    /** Two first words of one record at once: the later waits for the earlier, then is told to try again. */
    @Override
    public void add(DocsRecord record) {
        int added = CurrentTransaction.dsl().insertInto(DOCS_RECORDS).set(DocsRows.toRecord(record))
                .onConflictDoNothing().execute();
        if (added != 1) {
            throw new ConcurrentModification(Lifecycle.wireName(record.facts().kind()), record.facts().externalId());
        }
    }

    @Override
    public void update(DocsRecord record) {
        CurrentTransaction.dsl().update(DOCS_RECORDS).set(DocsRows.toRecord(record))
                .where(DOCS_RECORDS.TENANT_ID.eq(record.tenantId().value()), DOCS_RECORDS.ID.eq(record.id().value()))
                .execute();
    }

    @Override
    public Optional<DocsRecord> find(TenantId tenant, DocsKind kind, DocsRecordId id) {
        return CurrentTransaction.dsl().selectFrom(DOCS_RECORDS)
                .where(DOCS_RECORDS.TENANT_ID.eq(tenant.value()), DOCS_RECORDS.ID.eq(id.value()),
                        DOCS_RECORDS.KIND.eq(Lifecycle.wireName(kind)))
                .fetchOptional(DocsRows::toDocsRecord);
    }

    @Override
    public Page<DocsRecord> search(TenantId tenant, DocsSearch search, PageRequest<DocsSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(DocsRows::toDocsRecord);
    }

    /** The statement that reads one page, served by the list's index or the client's. */
    static ResultQuery<DocsRecordsRecord> searchQuery(TenantId tenant, DocsSearch search,
                                                      PageRequest<DocsSort> page) {
        Condition filter = DOCS_RECORDS.TENANT_ID.eq(tenant.value())
                .and(DOCS_RECORDS.KIND.eq(Lifecycle.wireName(search.kind())))
                .and(search.clientId().map(c -> DOCS_RECORDS.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()))
                .and(search.status().map(s -> DOCS_RECORDS.STATUS.eq(Lifecycle.wireName(s))).orElse(DSL.noCondition()))
                .and(search.clientVisibleOnly() ? DOCS_RECORDS.CLIENT_VISIBLE.isTrue() : DSL.noCondition());
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(DOCS_RECORDS).where(filter));
    }

    private static Keyset<DocsRecordsRecord> keyset(PageRequest<DocsSort> page) {
        SortColumn<DocsRecordsRecord, ?> column = switch (page.sort().field()) {
            case UPDATED_AT -> SortColumn.time(DOCS_RECORDS.SYNCED_AT);
        };
        return new Keyset<>(column, DOCS_RECORDS.ID, page);
    }
}
