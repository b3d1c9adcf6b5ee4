package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.application.docs.DocsIntegrationView;

@Schema(name = "DocsIntegration", description = "The agency's Klevar Docs settings, without their secrets.")
public record DocsIntegrationJson(boolean enabled,
                                  @Schema(description = "Whether a webhook secret is set.") boolean secretSet,
                                  @Schema(description = "Whether an API key for pulls is set.") boolean apiKeySet,
                                  @Schema(description = "Where Docs sends its webhooks.") String webhookPath,
                                  @Schema(nullable = true) Instant updatedAt,
                                  @Schema(nullable = true) String updatedBy,
                                  @Schema(description = "0 until first set; as the ETag.") long version) {

    static DocsIntegrationJson of(DocsIntegrationView v) {
        return new DocsIntegrationJson(v.enabled(), v.secretSet(), v.apiKeySet(),
                DocsRoutes.WEBHOOK_PREFIX + v.tenantSlug(), v.updatedAt().orElse(null), v.updatedBy().orElse(null),
                v.version());
    }
}
