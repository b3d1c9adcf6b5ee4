package org.clientportal.application.portal;

import java.time.Duration;
import java.util.Objects;

/**
 * How portal links are made: how long one stays usable, and the address the contact opens it at
 * (the portal's public base URL, checked by whoever configures it; the link's token travels in the
 * fragment, which no server logs).
 */
public record PortalLinkSettings(Duration timeToLive, String publicUrl) {

    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(72);

    public PortalLinkSettings {
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a portal link must live for a positive time");
        }
        publicUrl = publicUrl.replaceAll("/+$", "");
    }

    String urlFor(String token) {
        return publicUrl + "/portal/sign-in#token=" + token;
    }
}
