package org.clientportal.application.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Checkpoints in a map. */
public final class InMemoryCheckpointRepository implements CheckpointRepository {

    private final TransactionalMap<CheckpointId, Checkpoint> checkpoints;

    public InMemoryCheckpointRepository(InMemoryTransactions transactions) {
        this.checkpoints = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Checkpoint checkpoint) {
        checkpoints.put(checkpoint.id(), checkpoint);
    }

    @Override
    public Optional<Checkpoint> lock(TenantId tenant, CheckpointId id) {
        return find(tenant, id);
    }

    @Override
    public Optional<Checkpoint> find(TenantId tenant, CheckpointId id) {
        return checkpoints.get(id).filter(c -> c.tenantId().equals(tenant));
    }

    @Override
    public List<Checkpoint> ofProject(TenantId tenant, ProjectId project) {
        return checkpoints.values().stream().filter(c -> c.tenantId().equals(tenant) && c.projectId().equals(project))
                .sorted(Comparator.comparing(Checkpoint::nextOn).thenComparing(c -> c.id().toString())).toList();
    }

    @Override
    public synchronized void advance(Checkpoint checkpoint, LocalDate from) {
        Checkpoint stored = find(checkpoint.tenantId(), checkpoint.id()).orElse(null);
        if (stored == null || !stored.nextOn().equals(from)) {
            throw new ConcurrentModification("checkpoint", checkpoint.id().toString());
        }
        checkpoints.put(checkpoint.id(), checkpoint);
    }

    @Override
    public void remove(TenantId tenant, CheckpointId id) {
        checkpoints.remove(id);
    }

    /** Every checkpoint of every tenant, for what jobs find across tenants. */
    public List<Checkpoint> all() {
        return checkpoints.values();
    }
}
