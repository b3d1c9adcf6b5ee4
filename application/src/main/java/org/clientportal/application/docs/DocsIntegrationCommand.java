package org.clientportal.application.docs;

import java.util.Objects;
import java.util.Optional;

/**
 * The agency's Klevar Docs settings as sent: the webhook secret (left out, the one set before stays),
 * whether webhooks are taken, and the API key pulls use (left out, the one set before stays); and the
 * version it was read at, when the caller sent If-Match.
 */
public record DocsIntegrationCommand(String secret, Boolean enabled, String apiKey, Optional<Long> expectedVersion) {

    public DocsIntegrationCommand {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
