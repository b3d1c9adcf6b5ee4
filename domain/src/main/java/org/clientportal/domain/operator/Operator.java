package org.clientportal.domain.operator;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;

/** A person of the agency who signs in to run its clients. */
public final class Operator {

    public static final int NAME_MAX = 200;

    private final OperatorId id;
    private final TenantId tenantId;
    private final EmailAddress email;
    private final String name;
    private final Role role;
    private final String passwordHash;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Operator(OperatorId id, TenantId tenantId, EmailAddress email, String name, Role role,
                     String passwordHash, long version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.email = Objects.requireNonNull(email);
        this.name = Objects.requireNonNull(name);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Operator create(OperatorId id, TenantId tenantId, EmailAddress email, String name, Role role,
                                  String passwordHash, Instant now) {
        return new Operator(id, tenantId, email, name, role, passwordHash, 1, now, now);
    }

    public static Operator restore(OperatorId id, TenantId tenantId, EmailAddress email, String name, Role role,
                                   String passwordHash, long version, Instant createdAt, Instant updatedAt) {
        return new Operator(id, tenantId, email, name, role, passwordHash, version, createdAt, updatedAt);
    }

    public Operator withRole(Role newRole, Instant now) {
        return new Operator(id, tenantId, email, name, newRole, passwordHash, version + 1, createdAt, now);
    }

    public Operator withName(String newName, Instant now) {
        return new Operator(id, tenantId, email, newName, role, passwordHash, version + 1, createdAt, now);
    }

    public OperatorId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public EmailAddress email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
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
