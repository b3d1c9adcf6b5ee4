package org.clientportal.application.docs;

import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.TenantId;

/** The API key the agency's pulls use; a pull before one is set is refused, saying how to set it. */
final class DocsCredentials {

    private final DocsIntegrationRepository integrations;

    DocsCredentials(DocsIntegrationRepository integrations) {
        this.integrations = integrations;
    }

    /** Within the agency's transaction. */
    String apiKeyOf(TenantId tenant) {
        return integrations.find(tenant).flatMap(DocsIntegration::apiKey).orElseThrow(DocsRejections::noApiKey);
    }
}
