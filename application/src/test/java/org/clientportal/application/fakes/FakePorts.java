package org.clientportal.application.fakes;

import org.clientportal.application.Ports;

/** Every port as an in-memory fake, with a fixed clock and sequential ids. */
public final class FakePorts {

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    public final InMemoryOperatorRepository operators = new InMemoryOperatorRepository();
    public final InMemoryClientRepository clients = new InMemoryClientRepository();
    public final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
    public final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    public final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords();
    public final InMemorySessions sessions = new InMemorySessions();
    public final CountingRateLimiter rateLimiter = new CountingRateLimiter();
    public final FixedClock clock = new FixedClock();
    private final SequenceIds ids = new SequenceIds();
    private final SequenceSecrets secrets = new SequenceSecrets();

    public Ports ports() {
        return new Ports(transactions, tenants, operators, clients, projects, apiKeys, auditTrail, idempotencyRecords,
                sessions, rateLimiter, new PlainTextHasher(), new ReversedDigests(), secrets,
                ids, clock);
    }
}
