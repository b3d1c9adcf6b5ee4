package org.clientportal.application.docs;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.WebhookSignatures;
import org.clientportal.application.tenant.TenantLookup;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;

/**
 * Checks a Klevar Docs webhook before anything of it is read: its agency takes webhooks (otherwise
 * the route is not found), it was signed with the agency's secret, and it was signed within five
 * minutes of now either way, so that a captured delivery cannot be replayed later.
 */
public final class VerifyDocsWebhook {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final Transactions transactions;
    private final TenantLookup tenants;
    private final DocsIntegrationRepository integrations;
    private final WebhookSignatures signatures;
    private final Clock clock;

    VerifyDocsWebhook(Transactions transactions, TenantLookup tenants, DocsIntegrationRepository integrations,
                      WebhookSignatures signatures, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.integrations = integrations;
        this.signatures = signatures;
        this.clock = clock;
    }

    public VerifiedWebhook execute(WebhookDelivery delivery) {
        TenantId tenant = tenants.bySlug(delivery.tenantSlug())
                .orElseThrow(() -> new NotFound("webhook", String.valueOf(delivery.tenantSlug())));
        DocsIntegration integration = transactions.inTenant(tenant, () -> integrations.find(tenant))
                .filter(DocsIntegration::enabled)
                .orElseThrow(() -> new NotFound("webhook", delivery.tenantSlug()));
        if (delivery.signature() == null || delivery.signature().isBlank()) {
            throw WebhookRefused.signatureInvalid("The delivery has no X-Klevar-Signature header");
        }
        Instant signedAt = signedAt(delivery.timestamp());
        Duration off = Duration.between(signedAt, clock.now()).abs();
        if (off.compareTo(WINDOW) > 0) {
            throw WebhookRefused.timestampOutsideWindow("The delivery was signed " + off.toSeconds()
                    + " s away from now; at most " + WINDOW.toSeconds() + " s are accepted");
        }
        if (!signatures.matches(integration.webhookSecret(), delivery.timestamp(), delivery.body(),
                delivery.signature().strip())) {
            throw WebhookRefused.signatureInvalid("The X-Klevar-Signature does not match the body and timestamp"
                    + " signed with the agency's webhook secret");
        }
        return new VerifiedWebhook(tenant);
    }

    private static Instant signedAt(String timestamp) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(timestamp == null ? "" : timestamp.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw WebhookRefused.timestampOutsideWindow("The X-Klevar-Timestamp header must be the signing time in"
                    + " seconds since 1970-01-01T00:00:00Z");
        }
    }
}
