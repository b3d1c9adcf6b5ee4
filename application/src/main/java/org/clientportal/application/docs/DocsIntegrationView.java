package org.clientportal.application.docs;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.TenantId;

/**
 * What anyone may see of the agency's Klevar Docs settings: whether each secret is set, never the
 * secret; and the agency's slug, which names its webhook route.
 */
public record DocsIntegrationView(String tenantSlug, boolean enabled, boolean secretSet, boolean apiKeySet,
                                  Optional<Instant> updatedAt, Optional<String> updatedBy, long version) {

    /** Version 0: never set. */
    static DocsIntegrationView notSet(String tenantSlug) {
        return new DocsIntegrationView(tenantSlug, false, false, false, Optional.empty(), Optional.empty(), 0);
    }

    static DocsIntegrationView of(String tenantSlug, DocsIntegration integration) {
        return new DocsIntegrationView(tenantSlug, integration.enabled(), true, integration.apiKey().isPresent(),
                Optional.of(integration.updatedAt()), Optional.of(integration.updatedBy()), integration.version());
    }

    /** Within the agency's transaction. */
    static String slugOf(TenantRepository tenants, TenantId tenant) {
        return tenants.find(tenant).orElseThrow(() -> new IllegalStateException("no tenant " + tenant)).slug()
                .value();
    }
}
