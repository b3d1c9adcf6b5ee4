package org.clientportal.application.portal;

import org.clientportal.domain.contact.PortalLink;

/** A new link, with the token and URL that are shown this once and never again. */
public record IssuedPortalLink(PortalLink link, String token, String url) {

    @Override
    public String toString() {
        return "IssuedPortalLink[link=" + link.id() + ", token=***]";
    }
}
