package org.clientportal.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.shared.TenantId;

/**
 * One mutation, as it happened: who did what to which record, the record before and after, and the
 * request that carried it. Append-only. Snapshots are plain maps of strings, numbers, booleans,
 * lists and maps so that any adapter can store them.
 */
public record AuditEvent(UUID id, TenantId tenantId, String actor, String action, String entityType,
                         String entityId, Optional<Map<String, Object>> before,
                         Optional<Map<String, Object>> after, String requestId, Instant at) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(at, "at");
    }
}
