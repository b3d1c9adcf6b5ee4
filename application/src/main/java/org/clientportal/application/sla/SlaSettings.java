package org.clientportal.application.sla;

import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/** An agency's business hours and SLA targets, the defaults where it set none; inside the caller's transaction. */
public final class SlaSettings {

    private final SlaSettingsRepository settings;

    public SlaSettings(SlaSettingsRepository settings) {
        this.settings = settings;
    }

    public BusinessHours hoursOf(TenantId tenant) {
        return settings.businessHours(tenant).orElse(BusinessHours.DEFAULT);
    }

    public SlaPolicy policyOf(TenantId tenant) {
        return settings.policy(tenant).orElse(SlaPolicy.DEFAULT);
    }
}
