package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/** An agency's business hours and SLA targets; nothing stored means the defaults. */
public interface SlaSettingsRepository {

    Optional<BusinessHours> businessHours(TenantId tenant);

    /** Replaces the agency's business hours, holidays included. */
    void saveBusinessHours(TenantId tenant, BusinessHours hours);

    Optional<SlaPolicy> policy(TenantId tenant);

    /** Replaces the agency's targets, every priority's. */
    void savePolicy(TenantId tenant, SlaPolicy policy);
}
