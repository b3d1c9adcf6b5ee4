package org.clientportal.adapters.http.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.application.portal.IssuedPortalLink;

/** A new portal link: its token and URL are shown in this answer only; null when a repeat replays the answer. */
@Schema(name = "PortalLink", description = "A single-use link into the portal for one contact. The token and URL"
        + " are shown once, in this answer: only a digest is stored. Send the URL to the contact.")
record IssuedPortalLinkJson(@Schema(description = "Opaque id of the link.") String id,
                            @Schema(description = "The secret the contact exchanges for a portal session"
                                    + " (POST /portal/api/v1/sessions): `cpl_` and 76 more characters. A repeat of the"
                                    + " request with the same Idempotency-Key answers null here: the token is not"
                                    + " kept.", nullable = true) String token,
                            @Schema(format = "uri", description = "Where the contact opens the portal; the token"
                                    + " travels in the fragment, which browsers never send to a server. Null in a"
                                    + " replayed answer.", nullable = true) String url,
                            @Schema(description = "When the link stops working if it was not used"
                                    + " (`PORTAL_LINK_TTL_HOURS` after issue).") Instant expiresAt) {

    static IssuedPortalLinkJson of(IssuedPortalLink issued) {
        return new IssuedPortalLinkJson(issued.link().id().toString(), issued.token(), issued.url(),
                issued.link().expiresAt());
    }

    IssuedPortalLinkJson withoutSecret() {
        return new IssuedPortalLinkJson(id, null, null, expiresAt);
    }

    @Override
    public String toString() {
        return "IssuedPortalLinkJson[id=" + id + ", token=***]";
    }
}
