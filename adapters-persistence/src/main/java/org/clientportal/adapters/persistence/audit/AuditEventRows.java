package org.clientportal.adapters.persistence.audit;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.AuditEventsRecord;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;

/**
 * Converts between audit_events rows and {@link AuditEvent}. Snapshots are stored as jsonb (see
 * {@link JsonbMaps} for the types they come back as).
 */
final class AuditEventRows {

    private AuditEventRows() {
    }

    static AuditEventsRecord toRecord(AuditEvent event) {
        AuditEventsRecord record = new AuditEventsRecord();
        record.setTenantId(event.tenantId().value());
        record.setId(event.id());
        record.setActor(event.actor());
        record.setAction(event.action());
        record.setEntityType(event.entityType());
        record.setEntityId(event.entityId());
        record.setBefore(event.before().map(JsonbMaps::toJsonb).orElse(null));
        record.setAfter(event.after().map(JsonbMaps::toJsonb).orElse(null));
        record.setRequestId(event.requestId());
        record.setAt(event.at());
        return record;
    }

    static AuditEvent toEvent(AuditEventsRecord record) {
        return new AuditEvent(record.getId(), new TenantId(record.getTenantId()), record.getActor(),
                record.getAction(), record.getEntityType(), record.getEntityId(),
                Optional.ofNullable(record.getBefore()).map(JsonbMaps::fromJsonb),
                Optional.ofNullable(record.getAfter()).map(JsonbMaps::fromJsonb),
                record.getRequestId(), record.getAt());
    }
}
