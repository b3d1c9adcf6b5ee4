package org.clientportal.application.sla;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.SlaPolicy;

/** An owner or admin replaces the agency's SLA targets; open requests are measured by them from now on. */
public final class SetSlaPolicy {

    private final Transactions transactions;
    private final SlaSettingsRepository repository;
    private final SlaSettings settings;
    private final AuditRecorder audit;

    public SetSlaPolicy(Transactions transactions, SlaSettingsRepository repository, SlaSettings settings,
                        AuditRecorder audit) {
        this.transactions = transactions;
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
    }

    public Versioned<SlaPolicy> execute(Actor actor, SlaPolicyCommand command) {
        actor.require(Permission.MANAGE_SETTINGS);
        SlaPolicy policy = SlaPolicyInput.policy(command);
        return transactions.inTenant(actor.tenantId(), () -> {
            Versioned<SlaPolicy> before = settings.versionedPolicyOf(actor.tenantId());
            StaleVersion.check("sla-policy", command.expectedVersion(), before.version());
            repository.savePolicy(actor.tenantId(), policy, before.version());
            audit.changed(actor, "settings.sla-changed", "tenant", actor.tenantId(), Snapshots.of(before.value()),
                    Snapshots.of(policy));
            return before.replacedBy(policy);
        });
    }
}
