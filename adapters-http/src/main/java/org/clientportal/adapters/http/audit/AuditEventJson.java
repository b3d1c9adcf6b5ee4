package org.clientportal.adapters.http.audit;

import java.time.Instant;
import java.util.Map;
import org.clientportal.domain.audit.AuditEvent;

public record AuditEventJson(String id, String actor, String action, String entityType, String entityId,
                             Map<String, Object> before, Map<String, Object> after, String requestId, Instant at) {

    public static AuditEventJson of(AuditEvent e) {
        return new AuditEventJson(e.id().toString(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before().orElse(null), e.after().orElse(null), e.requestId(), e.at());
    }
}
