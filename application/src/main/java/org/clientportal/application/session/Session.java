package org.clientportal.application.session;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;

/** A signed-in operator's session: an opaque id (the cookie), and the CSRF token that writes must echo. */
public record Session(String id, TenantId tenantId, OperatorId operatorId, String csrfToken, Instant createdAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
