package org.clientportal.adapters.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.AuditEventsRecord;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;
import org.jooq.JSONB;

/**
 * Converts between audit_events rows and {@link AuditEvent}. Snapshots are stored as jsonb and come
 * back as JSON types: strings, booleans, nulls, Long for whole numbers (the application records
 * versions as long), Double for others, lists and LinkedHashMaps.
 */
final class AuditEventRows {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final TypeReference<LinkedHashMap<String, Object>> SNAPSHOT = new TypeReference<>() {
    };

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
        record.setBefore(event.before().map(AuditEventRows::toJson).orElse(null));
        record.setAfter(event.after().map(AuditEventRows::toJson).orElse(null));
        record.setRequestId(event.requestId());
        record.setAt(event.at());
        return record;
    }

    static AuditEvent toEvent(AuditEventsRecord record) {
        return new AuditEvent(record.getId(), new TenantId(record.getTenantId()), record.getActor(),
                record.getAction(), record.getEntityType(), record.getEntityId(),
                Optional.ofNullable(record.getBefore()).map(AuditEventRows::fromJson),
                Optional.ofNullable(record.getAfter()).map(AuditEventRows::fromJson),
                record.getRequestId(), record.getAt());
    }

    private static JSONB toJson(Map<String, Object> snapshot) {
        try {
            return JSONB.valueOf(JSON.writeValueAsString(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit snapshot must hold plain JSON values only", e);
        }
    }

    private static Map<String, Object> fromJson(JSONB json) {
        try {
            return JSON.readValue(json.data(), SNAPSHOT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit snapshot is not a JSON object", e);
        }
    }
}
