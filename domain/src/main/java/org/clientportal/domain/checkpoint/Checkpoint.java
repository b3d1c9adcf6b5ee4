package org.clientportal.domain.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/**
 * A project's recurring checkpoint (a weekly status review, a monthly report call): on each of its
 * days the scheduler makes a task of it on the project, due that day, and moves {@code nextOn} on.
 */
public record Checkpoint(CheckpointId id, TenantId tenantId, ProjectId projectId, ClientId clientId, String title,
                         Cadence cadence, Visibility visibility, LocalDate nextOn, String createdBy,
                         Instant createdAt) {

    public static final int TITLE_MAX = 150;

    public Checkpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(nextOn, "nextOn");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new checkpoint, first due on the first of its days from {@code startsOn}. */
    public static Checkpoint plan(CheckpointId id, TenantId tenantId, ProjectId projectId, ClientId clientId,
                                  String title, Cadence cadence, Visibility visibility, LocalDate startsOn,
                                  String createdBy, Instant now) {
        return new Checkpoint(id, tenantId, projectId, clientId, title, cadence, visibility,
                cadence.onOrAfter(startsOn), createdBy, now);
    }

    public boolean isDueBy(LocalDate today) {
        return !nextOn.isAfter(today);
    }

    /**
     * The checkpoint once its due day is made a task on {@code today}: due next on its first day after
     * both (days missed while nothing ran are not made up, one task stands for them).
     */
    public Checkpoint madeOn(LocalDate today) {
        return new Checkpoint(id, tenantId, projectId, clientId, title, cadence, visibility,
                cadence.after(today.isAfter(nextOn) ? today : nextOn), createdBy, createdAt);
    }

    /** The task's title: the checkpoint's, with its day. */
    public String taskTitle() {
        return title + " (" + nextOn + ")";
    }
}
