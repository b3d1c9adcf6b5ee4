package org.clientportal.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * A piece of work on a project, known to people by its key ({@code ACME-42}). Immutable: changes
 * return a new version. Its project, client and key never change.
 */
public final class Task {

    private final TaskId id;
    private final TenantId tenantId;
    private final ProjectId projectId;
    private final ClientId clientId;
    private final TaskKey key;
    private final TaskDetails details;
    private final TaskSource source;
    private final TaskStatus status;
    private final Optional<String> declineReason;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Task(TaskId id, TenantId tenantId, ProjectId projectId, ClientId clientId, TaskKey key, TaskDetails details,
                 TaskSource source, TaskStatus status, Optional<String> declineReason, long version, Instant createdAt,
                 Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.projectId = Objects.requireNonNull(projectId);
        this.clientId = Objects.requireNonNull(clientId);
        this.key = Objects.requireNonNull(key);
        this.details = Objects.requireNonNull(details);
        this.source = Objects.requireNonNull(source);
        this.status = Objects.requireNonNull(status);
        this.declineReason = Objects.requireNonNull(declineReason);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** An operator's task starts open; a client's request starts requested, until it is accepted or declined. */
    public static Task create(TaskId id, TenantId tenantId, ProjectId projectId, ClientId clientId, TaskKey key,
                              TaskDetails details, TaskSource source, Instant now) {
        TaskStatus initial = source == TaskSource.PORTAL ? TaskStatus.REQUESTED : TaskStatus.OPEN;
        return new Task(id, tenantId, projectId, clientId, key, details, source, initial, Optional.empty(), 1, now, now);
    }

    public static Task restore(TaskId id, TenantId tenantId, ProjectId projectId, ClientId clientId, TaskKey key,
                               TaskDetails details, TaskSource source, TaskStatus status,
                               Optional<String> declineReason, long version, Instant createdAt, Instant updatedAt) {
        return new Task(id, tenantId, projectId, clientId, key, details, source, status, declineReason, version,
                createdAt, updatedAt);
    }

    public Task withDetails(TaskDetails newDetails, Instant now) {
        return new Task(id, tenantId, projectId, clientId, key, newDetails, source, status, declineReason, version + 1,
                createdAt, now);
    }

    /**
     * Moves along the lifecycle table. Declining a request (requested to cancelled) needs a reason,
     * which is kept on the task because the client's contact is shown it; it goes when the task is
     * reopened. Other reasons belong to the audit trail only.
     */
    public Task transitionTo(TaskStatus target, Optional<String> reason, Instant now) {
        TaskLifecycle.MOVES.check(status, target);
        boolean declining = status == TaskStatus.REQUESTED && target == TaskStatus.CANCELLED;
        if (declining && reason.isEmpty()) {
            throw ValidationFailed.of("reason", "is required to decline a request: the client is shown it");
        }
        return new Task(id, tenantId, projectId, clientId, key, details, source, target,
                declining ? reason : Optional.empty(), version + 1, createdAt, now);
    }

    public TaskId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public TaskKey key() {
        return key;
    }

    public TaskDetails details() {
        return details;
    }

    public TaskSource source() {
        return source;
    }

    public TaskStatus status() {
        return status;
    }

    /** Why the request was declined, while it stays declined. */
    public Optional<String> declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
