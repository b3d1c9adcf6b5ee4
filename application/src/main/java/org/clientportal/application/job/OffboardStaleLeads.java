package org.clientportal.application.job;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.TenantId;

/**
 * The daily stale-leads job: a lead nobody touched for 60 days is offboarded, with the reason
 * {@code stale lead}, audited as the job. Each lead is moved in its agency's own transaction, and
 * checked again there (a lead touched meanwhile stays).
 */
public final class OffboardStaleLeads extends NamedJob {

    public static final String NAME = "stale-leads";
    public static final Duration UNTOUCHED = Duration.ofDays(60);
    public static final String REASON = "stale lead";
    private static final int BATCH = 200;
    private static final int BATCHES_MAX = 50;

    private final Transactions transactions;
    private final JobTargets targets;
    private final ClientRepository clients;
    private final JobRuns runs;
    private final AuditRecorder audit;
    private final Clock clock;

    OffboardStaleLeads(Transactions transactions, JobTargets targets, ClientRepository clients, JobRuns runs,
                       AuditRecorder audit, Clock clock) {
        super(NAME);
        this.transactions = transactions;
        this.targets = targets;
        this.clients = clients;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        Instant before = slot.minus(UNTOUCHED);
        Map<TenantId, Long> offboarded = new LinkedHashMap<>();
        for (int batch = 0; batch < BATCHES_MAX; batch++) {
            List<JobTargets.StaleLead> leads = transactions.outsideTenant(() -> targets.staleLeads(before, BATCH));
            leads.forEach(lead -> {
                if (offboard(lead, before)) {
                    offboarded.merge(lead.tenantId(), 1L, Long::sum);
                }
            });
            if (leads.size() < BATCH) {
                break;
            }
        }
        offboarded.forEach((tenant, count) -> transactions.inTenant(tenant, () -> {
            runs.countFor(tenant, runId, Map.of("offboarded", count));
            return null;
        }));
        return Map.of("offboarded", offboarded.values().stream().mapToLong(Long::longValue).sum(),
                "agencies", (long) offboarded.size());
    }

    private boolean offboard(JobTargets.StaleLead lead, Instant before) {
        Actor job = new Actor(lead.tenantId(), new Principal.SystemJob(NAME), NAME + "-" + UUID.randomUUID());
        return transactions.inTenant(lead.tenantId(), () -> {
            Client client = clients.lock(lead.tenantId(), lead.clientId()).orElse(null);
            if (client == null || client.status() != ClientStatus.LEAD || !client.updatedAt().isBefore(before)) {
                return false;
            }
            Client after = client.transitionTo(ClientStatus.OFFBOARDED, clock.now());
            clients.update(after, client.version());
            audit.changed(job, "client.transitioned", "client", client.id(), Snapshots.of(client),
                    Snapshots.with(Snapshots.of(after), "reason", REASON));
            return true;
        });
    }
}
