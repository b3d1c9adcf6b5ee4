package org.clientportal.application.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.queue.RaiseSlaAlerts;
import org.clientportal.domain.shared.TenantId;

/** The SLA-alerts job, every five minutes: each agency hears of each request newly at risk or breached. */
final class SlaAlertsJob extends NamedJob {

    static final String NAME = "sla-alerts";

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final RaiseSlaAlerts alerts;
    private final JobRuns runs;

    SlaAlertsJob(Transactions transactions, TenantRepository tenants, RaiseSlaAlerts alerts, JobRuns runs) {
        super(NAME);
        this.transactions = transactions;
        this.tenants = tenants;
        this.alerts = alerts;
        this.runs = runs;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        long raised = 0;
        for (TenantId tenant : transactions.outsideTenant(tenants::allIds)) {
            long ofTenant = alerts.raise(tenant, slot);
            if (ofTenant > 0) {
                transactions.inTenant(tenant, () -> {
                    runs.countFor(tenant, runId, Map.of("alertsRaised", ofTenant));
                    return null;
                });
                raised += ofTenant;
            }
        }
        return Map.of("alertsRaised", raised);
    }
}
