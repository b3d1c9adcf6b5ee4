package org.clientportal.application.portal;

import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * A portal link that does not open the portal, saying why. Only the holder of a real link can learn
 * it was used, expired or revoked; anything else, guessed or mistyped, is simply unknown.
 */
public final class PortalLinkRefused extends DomainError {

    private static final long serialVersionUID = 1L;

    private PortalLinkRefused(String code, String message) {
        super(ErrorKind.UNAUTHENTICATED, code, message);
    }

    public static PortalLinkRefused unknown() {
        return new PortalLinkRefused("portal-link.unknown", "This portal link is not valid; ask the agency for a new one");
    }

    public static PortalLinkRefused because(PortalLink.State state) {
        return switch (state) {
            case USED -> new PortalLinkRefused("portal-link.used",
                    "This portal link has been used already; each link opens the portal once. Ask for a new one");
            case EXPIRED -> new PortalLinkRefused("portal-link.expired",
                    "This portal link has expired; ask the agency for a new one");
            case REVOKED -> new PortalLinkRefused("portal-link.revoked",
                    "This portal link was withdrawn by the agency");
            case USABLE -> throw new IllegalArgumentException("a usable link is not refused");
        };
    }
}
