package org.clientportal.adapters.http.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.clientportal.domain.audit.AuditEvent;

@Schema(name = "AuditEvent", description = "One recorded mutation. The trail is append-only.")
public record AuditEventJson(@Schema(description = "Opaque id.") String id,
                             @Schema(description = "Who acted: `operator:<id>`, `api-key:<id>` or `public:intake`.")
                             String actor,
                             @Schema(description = "What happened, e.g. `client.transitioned`.") String action,
                             @Schema(description = "The kind of record: one of the values `entityType` filters by.")
                             String entityType,
                             @Schema(description = "The record's id.") String entityId,
                             @Schema(nullable = true, description = "The record before the change; null for a creation.")
                             Map<String, Object> before,
                             @Schema(nullable = true, description = "The record after the change; null for a removal.")
                             Map<String, Object> after,
                             @Schema(description = "The request that made the change.") String requestId,
                             @Schema(description = "When it happened.") Instant at) {

    public static AuditEventJson of(AuditEvent e) {
        return new AuditEventJson(e.id().toString(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before().orElse(null), e.after().orElse(null), e.requestId(), e.at());
    }
}
