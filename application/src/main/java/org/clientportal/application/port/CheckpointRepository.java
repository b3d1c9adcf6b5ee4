package org.clientportal.application.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;

/** Projects' recurring checkpoints. */
public interface CheckpointRepository {

    void add(Checkpoint checkpoint);

    /** Found and row-locked until the transaction ends, so that one run makes one task of its day. */
    Optional<Checkpoint> lock(TenantId tenant, CheckpointId id);

    Optional<Checkpoint> find(TenantId tenant, CheckpointId id);

    /** The project's checkpoints, soonest due first (ties by id). */
    List<Checkpoint> ofProject(TenantId tenant, ProjectId project);

    /** Moves the checkpoint to its next day. */
    void advance(Checkpoint checkpoint, LocalDate from);

    void remove(TenantId tenant, CheckpointId id);
}
