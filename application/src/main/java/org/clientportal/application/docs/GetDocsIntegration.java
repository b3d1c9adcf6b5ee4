package org.clientportal.application.docs;

import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;

/** The agency's Klevar Docs settings, without their secrets; not set at all before the first PUT. */
public final class GetDocsIntegration {

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final DocsIntegrationRepository integrations;

    GetDocsIntegration(Transactions transactions, TenantRepository tenants, DocsIntegrationRepository integrations) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.integrations = integrations;
    }

    public DocsIntegrationView execute(Actor actor) {
        actor.require(Permission.READ);
        return transactions.inTenant(actor.tenantId(), () -> {
            String slug = DocsIntegrationView.slugOf(tenants, actor.tenantId());
            return integrations.find(actor.tenantId()).map(i -> DocsIntegrationView.of(slug, i))
                    .orElse(DocsIntegrationView.notSet(slug));
        });
    }
}
