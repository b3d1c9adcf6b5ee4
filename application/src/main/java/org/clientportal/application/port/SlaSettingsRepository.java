package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;

/**
 * An agency's business hours and SLA targets, each stored at a version; nothing stored means the
 * defaults. A save writes the next version only while the stored one is still {@code expectedVersion}
 * (0: nothing stored yet), and throws {@code ConcurrentModification} otherwise.
 */
public interface SlaSettingsRepository {

    Optional<Versioned<BusinessHours>> businessHours(TenantId tenant);

    /** Replaces the agency's business hours, holidays included. */
    void saveBusinessHours(TenantId tenant, BusinessHours hours, long expectedVersion);

    Optional<Versioned<SlaPolicy>> policy(TenantId tenant);

    /** Replaces the agency's targets, every priority's. */
    void savePolicy(TenantId tenant, SlaPolicy policy, long expectedVersion);
}
