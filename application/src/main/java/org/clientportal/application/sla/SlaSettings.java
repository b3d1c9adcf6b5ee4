package org.clientportal.application.sla;

import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/** An agency's business hours and SLA targets, the defaults where it set none; inside the caller's transaction. */
public final class SlaSettings {

    private final SlaSettingsRepository settings;

    public SlaSettings(SlaSettingsRepository settings) {
        this.settings = settings;
    }

    public Versioned<BusinessHours> versionedHoursOf(TenantId tenant) {
        return settings.businessHours(tenant).orElse(Versioned.unstored(BusinessHours.DEFAULT));
    }

    public Versioned<SlaPolicy> versionedPolicyOf(TenantId tenant) {
        return settings.policy(tenant).orElse(Versioned.unstored(SlaPolicy.DEFAULT));
    }

    public BusinessHours hoursOf(TenantId tenant) {
        return versionedHoursOf(tenant).value();
    }

    public SlaPolicy policyOf(TenantId tenant) {
        return versionedPolicyOf(tenant).value();
    }
}
