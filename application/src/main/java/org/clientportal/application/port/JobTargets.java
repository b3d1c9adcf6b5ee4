package org.clientportal.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * What jobs must find across agencies, and only that, through a narrow path of their own: the leads
 * nobody touched since a moment, the checkpoints due by a day. Ids only. Called outside any tenant's
 * transaction.
 */
public interface JobTargets {

    /** Up to {@code limit} leads untouched since {@code before}, oldest first. */
    List<StaleLead> staleLeads(Instant before, int limit);

    record StaleLead(TenantId tenantId, ClientId clientId) {
    }

    /** Up to {@code limit} checkpoints due on or before {@code day}, soonest first. */
    List<DueCheckpoint> dueCheckpoints(LocalDate day, int limit);

    record DueCheckpoint(TenantId tenantId, CheckpointId checkpointId) {
    }
}
