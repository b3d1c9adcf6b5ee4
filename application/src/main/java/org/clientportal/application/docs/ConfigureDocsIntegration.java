package org.clientportal.application.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/** An owner or admin connects the agency's Klevar Docs account, or turns its webhooks off. */
public final class ConfigureDocsIntegration {

    static final String SERVICE = "klevar-docs";
    private static final String ACTION = "integration.klevar-docs-configured";

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final DocsIntegrationRepository integrations;
    private final AuditRecorder audit;
    private final Clock clock;

    ConfigureDocsIntegration(Transactions transactions, TenantRepository tenants,
                             DocsIntegrationRepository integrations, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.integrations = integrations;
        this.audit = audit;
        this.clock = clock;
    }

    public DocsIntegrationView execute(Actor actor, DocsIntegrationCommand command) {
        actor.require(Permission.MANAGE_SETTINGS);
        Validation v = new Validation();
        Optional<String> secret = Optional.ofNullable(command.secret()).map(raw -> secret(v, "secret", raw));
        Optional<String> apiKey = Optional.ofNullable(command.apiKey()).map(raw -> secret(v, "apiKey", raw));
        if (command.enabled() == null) {
            v.add("enabled", "is required: true or false");
        }
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Optional<DocsIntegration> before = integrations.find(actor.tenantId());
            long version = before.map(DocsIntegration::version).orElse(0L);
            StaleVersion.check("klevar-docs integration", command.expectedVersion(), version);
            Optional<String> webhookSecret = secret.or(() -> before.map(DocsIntegration::webhookSecret));
            if (webhookSecret.isEmpty()) {
                Validation missing = new Validation();
                missing.add("secret", "is required the first time");
                missing.done();
            }
            DocsIntegration after = new DocsIntegration(actor.tenantId(), webhookSecret.orElseThrow(),
                    apiKey.or(() -> before.flatMap(DocsIntegration::apiKey)), command.enabled(), clock.now(),
                    actor.principal().name(), version + 1);
            integrations.save(after);
            Map<String, Object> snapshot = snapshot(after, secret.isPresent(), apiKey.isPresent());
            if (before.isPresent()) {
                audit.changed(actor, ACTION, "integration", SERVICE, snapshot(before.get(), false, false), snapshot);
            } else {
                audit.created(actor, ACTION, "integration", SERVICE, snapshot);
            }
            return DocsIntegrationView.of(DocsIntegrationView.slugOf(tenants, actor.tenantId()), after);
        });
    }

    private static String secret(Validation v, String field, String raw) {
        String value = v.requiredSecret(field, raw, DocsIntegration.SECRET_MAX);
        if (value != null && value.length() < DocsIntegration.SECRET_MIN) {
            v.add(field, "must be at least " + DocsIntegration.SECRET_MIN + " characters");
        }
        return value;
    }

    /** Never a secret: only whether each was set now. */
    private static Map<String, Object> snapshot(DocsIntegration integration, boolean secretChanged,
                                                boolean apiKeyChanged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", integration.enabled());
        m.put("apiKeySet", integration.apiKey().isPresent());
        m.put("secretChanged", secretChanged);
        m.put("apiKeyChanged", apiKeyChanged);
        return m;
    }
}
