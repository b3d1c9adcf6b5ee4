package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A portal session: the CSRF token that writes must echo, and whose session it is. */
@Schema(name = "PortalSession", description = "A contact's portal session. The session id itself travels only in the"
        + " `portal_contact_session` cookie.")
record PortalSessionJson(@Schema(description = "Send this back as `X-CSRF-Token` on every portal write.")
                         String csrfToken,
                         @Schema(description = "When the session was opened.") Instant createdAt,
                         PortalMeJson me) {
}
