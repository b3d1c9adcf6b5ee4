package org.clientportal.application.attachment;

import java.time.Instant;
import java.util.Objects;

/** A link with a signed, expiring token that lets whoever holds it download one attachment. */
public record DownloadLink(String url, Instant expiresAt) {

    public DownloadLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
