package org.clientportal.application.session;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.shared.TenantId;

/** A session of an operator or a contact: an opaque id (the cookie), and the CSRF token that writes must echo. */
public record Session(String id, TenantId tenantId, SessionHolder holder, String csrfToken, Instant createdAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
