package org.clientportal.application.sla;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;

/**
 * An owner or admin replaces the agency's business hours. Every SLA clock is read in the hours
 * of the moment it is read, so open requests' due times move with the change.
 */
public final class SetBusinessHours {

    private final Transactions transactions;
    private final SlaSettingsRepository repository;
    private final SlaSettings settings;
    private final AuditRecorder audit;

    public SetBusinessHours(Transactions transactions, SlaSettingsRepository repository, SlaSettings settings,
                            AuditRecorder audit) {
        this.transactions = transactions;
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
    }

    public Versioned<BusinessHours> execute(Actor actor, BusinessHoursCommand command) {
        actor.require(Permission.MANAGE_SETTINGS);
        BusinessHours hours = BusinessHoursInput.hours(command);
        return transactions.inTenant(actor.tenantId(), () -> {
            Versioned<BusinessHours> before = settings.versionedHoursOf(actor.tenantId());
            StaleVersion.check("business-hours", command.expectedVersion(), before.version());
            repository.saveBusinessHours(actor.tenantId(), hours, before.version());
            audit.changed(actor, "settings.business-hours-changed", "tenant", actor.tenantId(), Snapshots.of(before.value()),
                    Snapshots.of(hours));
            return before.replacedBy(hours);
        });
    }
}
