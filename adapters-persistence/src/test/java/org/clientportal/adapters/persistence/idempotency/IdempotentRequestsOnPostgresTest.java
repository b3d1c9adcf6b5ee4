package org.clientportal.adapters.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.fakes.CountingRateLimiter;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.fakes.ReversedDigests;
import org.clientportal.application.idempotency.FaultAfterTheEffect;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotent POSTs on the real database: one transaction for the key, the effect and the answer. */
class IdempotentRequestsOnPostgresTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final PostgresPersistence db = DATABASE.persistence();
    private final FixedClock clock = new FixedClock();
    private final ClientFeature clients = ClientFeature.wire(db.transactions(), db.tenants(), db.clients(),
            db.projects(), db.tasks(), new AuditRecorder(db.auditTrail(), UUID::randomUUID, clock),
            new RateLimits(new CountingRateLimiter(), new ReversedDigests()), UUID::randomUUID, clock);
    private Actor owner;

    @BeforeEach
    void registerAgency() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        db.transactions().inTenant(tenant, () -> {
            db.tenants().add(new Tenant(tenant, "Agency", new TenantSlug("a-" + tenant.value().toString()
                    .substring(0, 8)), Instant.parse("2026-01-05T09:00:00Z")));
            return null;
        });
        owner = new Actor(tenant, new Principal.Operator(new OperatorId(UUID.randomUUID()), Role.OWNER), "req-test");
    }

    private IdempotentRequests through(IdempotencyRecords records) {
        return new IdempotentRequests(db.transactions(), records, new ReversedDigests(), clock, Duration.ofHours(24));
    }

    private IdempotentRequests.Answer<Client> createAcme(IdempotentRequests requests, Runnable whileRunning) {
        return requests.execute(owner, "create-acme", "fingerprint", () -> {
            Client created = clients.createClient().execute(owner, new ClientInput("Acme", null, null, null, null));
            whileRunning.run();
            return created;
        }, client -> new RecordedResponse(201, "{\"id\":\"" + client.id() + "\"}", Map.of()));
    }

    private int clientCount() {
        return clients.searchClients().execute(owner, java.util.List.of(), null, new PageInput("100", null)).items().size();
    }

    @Test
    void aFaultBetweenTheEffectAndTheAnswer_leavesNoEffect_andTheRetryMakesExactlyOneClient() {
        IdempotentRequests faulty = through(new FaultAfterTheEffect(db.idempotencyRecords()));

        assertThatThrownBy(() -> createAcme(faulty, () -> { })).isInstanceOf(FaultAfterTheEffect.InjectedFault.class);
        assertThat(clientCount()).isZero();

        assertThat(createAcme(faulty, () -> { })).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
        assertThat(createAcme(faulty, () -> { })).isInstanceOf(IdempotentRequests.Answer.Replayed.class);
        assertThat(clientCount()).isEqualTo(1);
    }

    @Test
    void aDuplicateSentWhileTheFirstStillRuns_isRefusedAsInProgress_andTheFirstStillCommits() throws Exception {
        IdempotentRequests requests = through(db.idempotencyRecords());
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch duplicateAnswered = new CountDownLatch(1);
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<IdempotentRequests.Answer<Client>> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return createAcme(requests, () -> {
                firstIsRunning.countDown();
                awaitLatch(duplicateAnswered);
            });
        });
        CompletableFuture<Throwable> duplicate = CompletableFuture.supplyAsync(() -> {
            await(start);
            awaitLatch(firstIsRunning);
            try {
                createAcme(requests, () -> { });
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                duplicateAnswered.countDown();
            }
        });

        assertThat(duplicate.get(30, TimeUnit.SECONDS)).isInstanceOf(DomainError.class)
                .satisfies(e -> assertThat(((DomainError) e).code()).isEqualTo("idempotency-key-in-progress"));
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
        assertThat(clientCount()).isEqualTo(1);
        assertThat(createAcme(requests, () -> { })).isInstanceOf(IdempotentRequests.Answer.Replayed.class);
    }

    @Test
    void theCleanup_expiresAnswersPastTheRetention_acrossTenants() {
        IdempotentRequests requests = through(db.idempotencyRecords());
        createAcme(requests, () -> { });
        clock.advance(Duration.ofHours(25));

        assertThat(requests.expireOld()).isGreaterThanOrEqualTo(1);
        assertThat(createAcme(requests, () -> { })).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
        assertThat(clientCount()).isEqualTo(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
