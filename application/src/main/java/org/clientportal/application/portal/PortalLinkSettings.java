package org.clientportal.application.portal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How portal links are made: how long one stays usable, and the address the contact opens it at
 * (the portal's public base URL; the link's token travels in the fragment, which no server logs).
 */
public record PortalLinkSettings(Duration timeToLive, URI publicUrl) {

    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(72);

    public PortalLinkSettings {
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a portal link must live for a positive time");
        }
    }

    String urlFor(String token) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return base + "/portal/sign-in#token=" + token;
    }
}
