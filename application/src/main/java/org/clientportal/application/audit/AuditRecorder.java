package org.clientportal.application.audit;

import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.audit.AuditEvent;

/** Appends one audit event for a mutation, inside the caller's transaction. */
public final class AuditRecorder {

    private final AuditTrail trail;
    private final IdSource ids;
    private final Clock clock;

    public AuditRecorder(AuditTrail trail, IdSource ids, Clock clock) {
        this.trail = trail;
        this.ids = ids;
        this.clock = clock;
    }

    public void created(Actor actor, String action, String entityType, Object entityId, Map<String, Object> after) {
        append(actor, action, entityType, entityId, Optional.empty(), Optional.of(after));
    }

    public void changed(Actor actor, String action, String entityType, Object entityId, Map<String, Object> before,
                        Map<String, Object> after) {
        append(actor, action, entityType, entityId, Optional.of(before), Optional.of(after));
    }

    public void removed(Actor actor, String action, String entityType, Object entityId, Map<String, Object> before) {
        append(actor, action, entityType, entityId, Optional.of(before), Optional.empty());
    }

    private void append(Actor actor, String action, String entityType, Object entityId,
                        Optional<Map<String, Object>> before, Optional<Map<String, Object>> after) {
        if (!EntityTypes.KNOWN.contains(entityType)) {
            throw new IllegalArgumentException("The entity type " + entityType
                    + " is not in EntityTypes.KNOWN, so the trail could not be filtered by it");
        }
        trail.append(new AuditEvent(ids.next(), actor.tenantId(), actor.principal().name(), action, entityType,
                entityId.toString(), before, after, actor.requestId(), clock.now()));
    }
}
