package org.clientportal.domain.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.TenantId;

/** A client of the agency, from first lead to offboarding. Immutable: changes return a new version. */
public final class Client {

    public static final int INTAKE_MESSAGE_MAX = 4000;

    private final ClientId id;
    private final TenantId tenantId;
    private final ClientProfile profile;
    private final TaskKeyPrefix taskKeyPrefix;
    private final ClientStatus status;
    private final ClientSource source;
    private final Optional<String> intakeMessage;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant statusChangedAt;

    private Client(ClientId id, TenantId tenantId, ClientProfile profile, TaskKeyPrefix taskKeyPrefix,
                   ClientStatus status, ClientSource source, Optional<String> intakeMessage, long version,
                   Instant createdAt, Instant updatedAt, Instant statusChangedAt) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.profile = Objects.requireNonNull(profile);
        this.taskKeyPrefix = Objects.requireNonNull(taskKeyPrefix);
        this.status = Objects.requireNonNull(status);
        this.source = Objects.requireNonNull(source);
        this.intakeMessage = Objects.requireNonNull(intakeMessage);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt);
    }

    /** Every client starts as a lead, whether typed in by an operator or sent through intake. */
    public static Client create(ClientId id, TenantId tenantId, ClientProfile profile, TaskKeyPrefix taskKeyPrefix,
                                ClientSource source, Optional<String> intakeMessage, Instant now) {
        return new Client(id, tenantId, profile, taskKeyPrefix, ClientStatus.LEAD, source, intakeMessage, 1, now, now,
                now);
    }

    public static Client restore(ClientId id, TenantId tenantId, ClientProfile profile, TaskKeyPrefix taskKeyPrefix,
                                 ClientStatus status, ClientSource source, Optional<String> intakeMessage, long version,
                                 Instant createdAt, Instant updatedAt, Instant statusChangedAt) {
        return new Client(id, tenantId, profile, taskKeyPrefix, status, source, intakeMessage, version, createdAt,
                updatedAt, statusChangedAt);
    }

    /** The parts operators edit: the profile and the task key prefix (whose rules the use case checks). */
    public Client withProfile(ClientProfile newProfile, TaskKeyPrefix newPrefix, Instant now) {
        return new Client(id, tenantId, newProfile, newPrefix, status, source, intakeMessage, version + 1, createdAt,
                now, statusChangedAt);
    }

    /** Moves along the lifecycle table or throws the refusal naming the allowed moves. */
    public Client transitionTo(ClientStatus target, Instant now) {
        ClientLifecycle.MOVES.check(status, target);
        return new Client(id, tenantId, profile, taskKeyPrefix, target, source, intakeMessage, version + 1, createdAt,
                now, now);
    }

    public ClientId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ClientProfile profile() {
        return profile;
    }

    public TaskKeyPrefix taskKeyPrefix() {
        return taskKeyPrefix;
    }

    public ClientStatus status() {
        return status;
    }

    public ClientSource source() {
        return source;
    }

    public Optional<String> intakeMessage() {
        return intakeMessage;
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

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
