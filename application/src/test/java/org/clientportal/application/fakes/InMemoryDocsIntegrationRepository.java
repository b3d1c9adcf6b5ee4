package org.clientportal.application.fakes;

import java.util.Optional;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Each agency's Klevar Docs settings in a map. */
public final class InMemoryDocsIntegrationRepository implements DocsIntegrationRepository {

    private final TransactionalMap<TenantId, DocsIntegration> integrations;

    public InMemoryDocsIntegrationRepository(InMemoryTransactions transactions) {
        this.integrations = new TransactionalMap<>(transactions);
    }

    @Override
    public Optional<DocsIntegration> find(TenantId tenant) {
        return integrations.get(tenant);
    }

    @Override
    public synchronized void save(DocsIntegration integration) {
        long stored = integrations.get(integration.tenantId()).map(DocsIntegration::version).orElse(0L);
        if (stored != integration.version() - 1) {
            throw new ConcurrentModification("klevar-docs integration", integration.tenantId().toString());
        }
        integrations.put(integration.tenantId(), integration);
    }
}
