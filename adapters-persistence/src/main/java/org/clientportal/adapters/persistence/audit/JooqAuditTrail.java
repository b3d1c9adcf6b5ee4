package org.clientportal.adapters.persistence.audit;

import static org.clientportal.adapters.persistence.generated.Tables.AUDIT_EVENTS;

import org.clientportal.adapters.persistence.generated.tables.records.AuditEventsRecord;
import org.clientportal.adapters.persistence.shared.FixedSql;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.AuditSort;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Appends and reads only: the runtime role holds no UPDATE or DELETE privilege on audit_events. */
public final class JooqAuditTrail implements AuditTrail {

    private static final FixedSql INSERT = FixedSql.of(DSL.insertInto(AUDIT_EVENTS).columns(AUDIT_EVENTS.fields())
            .values(FixedSql.slots(AUDIT_EVENTS.fields())));

    @Override
    public void append(AuditEvent event) {
        INSERT.execute(AuditEventRows.toRecord(event).intoArray());
    }

    @Override
    public Page<AuditEvent> search(TenantId tenant, AuditSearch search, PageRequest<AuditSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(AuditEventRows::toEvent);
    }

    /** The statement that reads one page; a test asks PostgreSQL how it plans it. */
    static ResultQuery<AuditEventsRecord> searchQuery(TenantId tenant, AuditSearch search, PageRequest<AuditSort> page) {
        Condition filter = AUDIT_EVENTS.TENANT_ID.eq(tenant.value())
                .and(search.entityType().map(AUDIT_EVENTS.ENTITY_TYPE::eq).orElse(DSL.noCondition()))
                .and(search.entityId().map(AUDIT_EVENTS.ENTITY_ID::eq).orElse(DSL.noCondition()));
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(AUDIT_EVENTS).where(filter));
    }

    private static Keyset<AuditEventsRecord> keyset(PageRequest<AuditSort> page) {
        SortColumn<AuditEventsRecord, ?> column = switch (page.sort().field()) {
            case AT -> SortColumn.time(AUDIT_EVENTS.AT);
        };
        return new Keyset<>(column, AUDIT_EVENTS.ID, page);
    }
}
