package org.clientportal.adapters.persistence.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.JobTargets;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** The jobs' reads across tenants, each one SECURITY DEFINER function of V36 that hands out ids only. */
public final class JooqJobTargets implements JobTargets {

    @Override
    public List<StaleLead> staleLeads(Instant before, int limit) {
        return CurrentTransaction.dsl().fetch("select tenant_id, client_id from portal.stale_leads(?, ?)", before, limit)
                .map(r -> new StaleLead(new TenantId(r.get(0, UUID.class)), new ClientId(r.get(1, UUID.class))));
    }

    @Override
    public List<DueCheckpoint> dueCheckpoints(LocalDate day, int limit) {
        return CurrentTransaction.dsl()
                .fetch("select tenant_id, checkpoint_id from portal.due_checkpoints(?, ?)", day, limit)
                .map(r -> new DueCheckpoint(new TenantId(r.get(0, UUID.class)),
                        new CheckpointId(r.get(1, UUID.class))));
    }
}
