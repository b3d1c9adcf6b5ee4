package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.TenantId;

/** Each agency's Klevar Docs settings, one row an agency. */
public interface DocsIntegrationRepository {

    Optional<DocsIntegration> find(TenantId tenant);

    /**
     * Writes the agency's settings at their version, over the ones at the version before (none before
     * version 1); throws {@link org.clientportal.domain.shared.ConcurrentModification} when those moved on.
     */
    void save(DocsIntegration integration);
}
