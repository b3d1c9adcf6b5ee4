package org.clientportal.application;

import java.util.Objects;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.RateLimiter;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;

/** Every driven port the use cases need, handed over in one piece by whoever wires the application. */
public record Ports(Transactions transactions, TenantRepository tenants, OperatorRepository operators,
                    ClientRepository clients, ProjectRepository projects, ApiKeyRepository apiKeys,
                    AuditTrail auditTrail, IdempotencyRecords idempotencyRecords, SessionStore sessions,
                    RateLimiter rateLimiter, PasswordHasher passwordHasher, Digests digests, SecretSource secrets,
                    IdSource ids, Clock clock) {

    public Ports {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
    }
}
