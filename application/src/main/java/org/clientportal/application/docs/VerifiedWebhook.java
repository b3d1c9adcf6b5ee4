package org.clientportal.application.docs;

import java.util.Objects;
import org.clientportal.domain.shared.TenantId;

/**
 * A webhook whose signature was checked against its agency's secret: only {@link VerifyDocsWebhook}
 * makes one, so no event is read before its sender is known.
 */
public final class VerifiedWebhook {

    private final TenantId tenantId;

    VerifiedWebhook(TenantId tenantId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public TenantId tenantId() {
        return tenantId;
    }
}
