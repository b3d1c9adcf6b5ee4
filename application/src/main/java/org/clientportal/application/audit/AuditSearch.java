package org.clientportal.application.audit;

import java.util.Objects;
import java.util.Optional;

/** Filters of the audit trail. */
public record AuditSearch(Optional<String> entityType, Optional<String> entityId) {

    public AuditSearch {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }

    public static AuditSearch all() {
        return new AuditSearch(Optional.empty(), Optional.empty());
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "entityType=" + entityType.orElse("") + "&entityId=" + entityId.orElse("");
    }
}
