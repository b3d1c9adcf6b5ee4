package org.clientportal.adapters.http.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.tenant.TenantJson;

/** A signed-in session: the CSRF token that writes must echo, and whose session it is. */
@Schema(name = "Session", description = "A signed-in session. The session id itself travels only in the"
        + " `portal_session` cookie.")
record SessionJson(@Schema(description = "Send this back as `X-CSRF-Token` on every cookie-authenticated write.")
                   String csrfToken,
                   @Schema(description = "When the session was opened.") Instant createdAt,
                   OperatorJson operator,
                   TenantJson tenant) {
}
