package org.clientportal.domain.docs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.TenantId;

/**
 * An agency's link to its Klevar Docs account: the secret Docs signs its webhooks with, the API key
 * the portal pulls with, and whether webhooks are taken at all. Neither secret is ever shown again.
 * Versioned from 1, so that two owners changing it at once cannot overwrite each other unseen.
 */
public record DocsIntegration(TenantId tenantId, String webhookSecret, Optional<String> apiKey, boolean enabled,
                              Instant updatedAt, String updatedBy, long version) {

    public static final int SECRET_MIN = 24;
    public static final int SECRET_MAX = 200;

    public DocsIntegration {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (version < 1) {
            throw new IllegalArgumentException("a stored integration's version is at least 1");
        }
    }
}
