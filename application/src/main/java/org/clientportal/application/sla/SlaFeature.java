package org.clientportal.application.sla;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;

/** The agency's business hours and SLA targets: read by anyone of it, set by owners and admins. */
public record SlaFeature(GetBusinessHours getBusinessHours, SetBusinessHours setBusinessHours,
                         GetSlaPolicy getSlaPolicy, SetSlaPolicy setSlaPolicy) {

    public static SlaFeature wire(Transactions transactions, SlaSettingsRepository repository, AuditRecorder audit) {
        SlaSettings settings = new SlaSettings(repository);
        return new SlaFeature(
                new GetBusinessHours(transactions, settings),
                new SetBusinessHours(transactions, repository, settings, audit),
                new GetSlaPolicy(transactions, settings),
                new SetSlaPolicy(transactions, repository, settings, audit));
    }
}
