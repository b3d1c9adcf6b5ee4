package org.clientportal.adapters.persistence.docs;

import static org.clientportal.adapters.persistence.generated.Tables.DOCS_INTEGRATIONS;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.DocsIntegrationsRecord;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Each agency's Klevar Docs settings in portal.docs_integrations (V40). */
public final class JooqDocsIntegrationRepository implements DocsIntegrationRepository {

    @Override
    public Optional<DocsIntegration> find(TenantId tenant) {
        return CurrentTransaction.dsl().selectFrom(DOCS_INTEGRATIONS)
                .where(DOCS_INTEGRATIONS.TENANT_ID.eq(tenant.value()))
                .fetchOptional(row -> new DocsIntegration(tenant, row.getWebhookSecret(),
                        Optional.ofNullable(row.getApiKey()), row.getEnabled(), row.getUpdatedAt(),
                        row.getUpdatedBy(), row.getVersion()));
    }

    /** A compare-and-set: the first settings are an insert that a concurrent first loses, later ones an update. */
    @Override
    public void save(DocsIntegration integration) {
        DocsIntegrationsRecord row = new DocsIntegrationsRecord(integration.tenantId().value(),
                integration.webhookSecret(), integration.apiKey().orElse(null), integration.enabled(),
                integration.updatedAt(), integration.updatedBy(), integration.version());
        int written = integration.version() == 1
                ? CurrentTransaction.dsl().insertInto(DOCS_INTEGRATIONS).set(row).onConflictDoNothing().execute()
                : CurrentTransaction.dsl().update(DOCS_INTEGRATIONS).set(row)
                        .where(DOCS_INTEGRATIONS.TENANT_ID.eq(integration.tenantId().value()),
                                DOCS_INTEGRATIONS.VERSION.eq(integration.version() - 1))
                        .execute();
        if (written != 1) {
            throw new ConcurrentModification("klevar-docs integration", integration.tenantId().toString());
        }
    }
}
