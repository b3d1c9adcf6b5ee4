package org.clientportal.adapters.persistence.checkpoint;

import static org.clientportal.adapters.persistence.generated.Tables.CHECKPOINTS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.CheckpointsRecord;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.domain.checkpoint.Cadence;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/** Checkpoints in portal.checkpoints (V38); a weekday is kept as ISO's number, Monday 1. */
public final class JooqCheckpointRepository implements CheckpointRepository {

    @Override
    public void add(Checkpoint c) {
        CheckpointsRecord r = new CheckpointsRecord();
        r.setTenantId(c.tenantId().value());
        r.setId(c.id().value());
        r.setProjectId(c.projectId().value());
        r.setClientId(c.clientId().value());
        r.setTitle(c.title());
        r.setEvery(Lifecycle.wireName(c.cadence().every()));
        r.setWeekday(c.cadence().weekday().map(d -> (short) d.getValue()).orElse(null));
        r.setDayOfMonth(c.cadence().dayOfMonth().map(Integer::shortValue).orElse(null));
        r.setVisibility(Lifecycle.wireName(c.visibility()));
        r.setNextOn(c.nextOn());
        r.setCreatedBy(c.createdBy());
        r.setCreatedAt(c.createdAt());
        CurrentTransaction.dsl().insertInto(CHECKPOINTS).set(r).execute();
    }

    @Override
    public Optional<Checkpoint> lock(TenantId tenant, CheckpointId id) {
        return CurrentTransaction.dsl().selectFrom(CHECKPOINTS)
                .where(CHECKPOINTS.TENANT_ID.eq(tenant.value()), CHECKPOINTS.ID.eq(id.value()))
                .forUpdate().fetchOptional(JooqCheckpointRepository::toCheckpoint);
    }

    @Override
    public Optional<Checkpoint> find(TenantId tenant, CheckpointId id) {
        return CurrentTransaction.dsl().selectFrom(CHECKPOINTS)
                .where(CHECKPOINTS.TENANT_ID.eq(tenant.value()), CHECKPOINTS.ID.eq(id.value()))
                .fetchOptional(JooqCheckpointRepository::toCheckpoint);
    }

    @Override
    public List<Checkpoint> ofProject(TenantId tenant, ProjectId project) {
        return CurrentTransaction.dsl().selectFrom(CHECKPOINTS)
                .where(CHECKPOINTS.TENANT_ID.eq(tenant.value()), CHECKPOINTS.PROJECT_ID.eq(project.value()))
                .orderBy(CHECKPOINTS.NEXT_ON, CHECKPOINTS.ID)
                .fetch(JooqCheckpointRepository::toCheckpoint);
    }

    @Override
    public void advance(Checkpoint checkpoint, LocalDate from) {
        int moved = CurrentTransaction.dsl().update(CHECKPOINTS)
                .set(CHECKPOINTS.NEXT_ON, checkpoint.nextOn())
                .where(CHECKPOINTS.TENANT_ID.eq(checkpoint.tenantId().value()),
                        CHECKPOINTS.ID.eq(checkpoint.id().value()), CHECKPOINTS.NEXT_ON.eq(from))
                .execute();
        if (moved != 1) {
            throw new ConcurrentModification("checkpoint", checkpoint.id().toString());
        }
    }

    @Override
    public void remove(TenantId tenant, CheckpointId id) {
        CurrentTransaction.dsl().deleteFrom(CHECKPOINTS)
                .where(CHECKPOINTS.TENANT_ID.eq(tenant.value()), CHECKPOINTS.ID.eq(id.value())).execute();
    }

    private static Checkpoint toCheckpoint(CheckpointsRecord r) {
        Cadence.Every every = StatusNames.parse(Cadence.Every.class, r.getEvery());
        Cadence cadence = every == Cadence.Every.WEEK ? Cadence.weekly(DayOfWeek.of(r.getWeekday()))
                : Cadence.monthly(r.getDayOfMonth());
        return new Checkpoint(new CheckpointId(r.getId()), new TenantId(r.getTenantId()),
                new ProjectId(r.getProjectId()), new ClientId(r.getClientId()), r.getTitle(), cadence,
                StatusNames.parse(Visibility.class, r.getVisibility()), r.getNextOn(), r.getCreatedBy(),
                r.getCreatedAt());
    }
}
