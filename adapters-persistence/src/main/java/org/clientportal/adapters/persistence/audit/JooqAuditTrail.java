package org.clientportal.adapters.persistence.audit;

import static org.clientportal.adapters.persistence.generated.Tables.AUDIT_EVENTS;

import org.clientportal.adapters.persistence.shared.NewestFirst;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Appends and reads only: the runtime role holds no UPDATE or DELETE privilege on audit_events. */
public final class JooqAuditTrail implements AuditTrail {

    @Override
    public void append(AuditEvent event) {
        CurrentTransaction.dsl().insertInto(AUDIT_EVENTS).set(AuditEventRows.toRecord(event)).execute();
    }

    @Override
    public Page<AuditEvent> search(TenantId tenant, AuditSearch search, PageRequest page) {
        Condition filter = AUDIT_EVENTS.TENANT_ID.eq(tenant.value())
                .and(search.entityType().map(AUDIT_EVENTS.ENTITY_TYPE::eq).orElse(DSL.noCondition()))
                .and(search.entityId().map(AUDIT_EVENTS.ENTITY_ID::eq).orElse(DSL.noCondition()));
        return NewestFirst.page(CurrentTransaction.dsl().selectFrom(AUDIT_EVENTS).where(filter), AUDIT_EVENTS.ID, page)
                .map(AuditEventRows::toEvent);
    }
}
