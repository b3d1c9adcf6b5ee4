package org.clientportal.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.clientportal.application.port.JobTargets;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;

/** What jobs find across agencies, read from the other fakes. */
public final class InMemoryJobTargets implements JobTargets {

    private final InMemoryClientRepository clients;
    private final InMemoryCheckpointRepository checkpoints;

    public InMemoryJobTargets(InMemoryClientRepository clients, InMemoryCheckpointRepository checkpoints) {
        this.clients = clients;
        this.checkpoints = checkpoints;
    }

    @Override
    public List<DueCheckpoint> dueCheckpoints(LocalDate day, int limit) {
        return checkpoints.all().stream().filter(c -> !c.nextOn().isAfter(day))
                .sorted(Comparator.comparing(Checkpoint::nextOn).thenComparing(c -> c.id().toString()))
                .limit(limit).map(c -> new DueCheckpoint(c.tenantId(), c.id())).toList();
    }

    @Override
    public List<StaleLead> staleLeads(Instant before, int limit) {
        return clients.all().stream()
                .filter(c -> c.status() == ClientStatus.LEAD && c.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(Client::updatedAt).thenComparing(c -> c.id().toString()))
                .limit(limit).map(c -> new StaleLead(c.tenantId(), c.id())).toList();
    }
}
