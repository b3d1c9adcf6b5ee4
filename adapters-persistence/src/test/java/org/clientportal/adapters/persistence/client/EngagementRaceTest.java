package org.clientportal.adapters.persistence.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.RaceAgency;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.fakes.CountingRateLimiter;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.fakes.ReversedDigests;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Offboarding a client while its project is being activated, both transactions having read the
 * client before either writes: only the client's row lock keeps the rule "no active project of an
 * offboarded client". Each transaction waits at a barrier right after locking the client; with the
 * lock the second cannot get there until the first commits, without it both pass their checks.
 */
class EngagementRaceTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Duration MEET_WITHIN = Duration.ofMillis(1500);

    private final PostgresPersistence db = DATABASE.persistence();
    private final FixedClock clock = new FixedClock();
    private final CyclicBarrier bothLocked = new CyclicBarrier(2);
    private final ClientRepository meetingClients = new MeetAfterLocking(db.clients(), bothLocked);
    private final AuditRecorder audit = new AuditRecorder(db.auditTrail(), UUID::randomUUID, clock);
    private final ClientFeature clients = ClientFeature.wire(db.transactions(), db.tenants(), meetingClients,
            db.projects(), db.tasks(), audit, new RateLimits(new CountingRateLimiter(), new ReversedDigests()),
            UUID::randomUUID, clock);
    private final ProjectFeature projects = ProjectFeature.wire(db.transactions(), meetingClients, db.projects(),
            db.tasks(), audit, new Notifications(db.outbox(), UUID::randomUUID, clock), UUID::randomUUID, clock);

    @RepeatedTest(3)
    void offboardingAClientWhileItsProjectIsActivated_neverLeavesAnActiveProjectOfAnOffboardedClient()
            throws Exception {
        Actor owner = RaceAgency.register(db);
        Client client = clients.createClient().execute(owner, new ClientInput("Racing", null, null, null, null));
        clients.transitionClient().execute(owner, client.id().toString(), move("onboarding"));
        String projectId = projects.createProject().execute(owner,
                new CreateProjectCommand(client.id().toString(), new ProjectInput("Site", null, null, null))).id().toString();
        bothLocked.reset();

        CompletableFuture<Optional<DomainError>> offboard = attempt(() ->
                clients.transitionClient().execute(owner, client.id().toString(), move("offboarded")));
        CompletableFuture<Optional<DomainError>> activate = attempt(() ->
                projects.transitionProject().execute(owner, projectId, move("active")));

        List<Optional<DomainError>> outcomes = List.of(offboard.get(30, TimeUnit.SECONDS), activate.get(30, TimeUnit.SECONDS));
        String clientStatus = clients.getClient().execute(owner, client.id().toString()).status().name();
        String projectStatus = projects.getProject().execute(owner, projectId).status().name();
        assertThat(clientStatus.equals("OFFBOARDED") && projectStatus.equals("ACTIVE"))
                .as("client %s with project %s", clientStatus, projectStatus).isFalse();
        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
    }

    private static TransitionCommand move(String to) {
        return new TransitionCommand(to, null, Optional.empty());
    }

    private static CompletableFuture<Optional<DomainError>> attempt(Supplier<?> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                work.get();
                return Optional.empty();
            } catch (DomainError refused) {
                return Optional.of(refused);
            }
        });
    }

    /** The real repository, whose {@code lock} waits (briefly) for the other transaction to have locked too. */
    private static final class MeetAfterLocking implements ClientRepository {

        private final ClientRepository real;
        private final CyclicBarrier barrier;

        MeetAfterLocking(ClientRepository real, CyclicBarrier barrier) {
            this.real = real;
            this.barrier = barrier;
        }

        @Override
        public Optional<Client> lock(TenantId tenant, ClientId id) {
            Optional<Client> locked = real.lock(tenant, id);
            try {
                barrier.await(MEET_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // The other could not arrive: it waits for our lock. That is the point.
            }
            return locked;
        }

        @Override
        public void add(Client client) {
            real.add(client);
        }

        @Override
        public Optional<Client> find(TenantId tenant, ClientId id) {
            return real.find(tenant, id);
        }

        @Override
        public Optional<Client> findByTaskKeyPrefix(TenantId tenant, TaskKeyPrefix prefix) {
            return real.findByTaskKeyPrefix(tenant, prefix);
        }

        @Override
        public void update(Client client, long expectedVersion) {
            real.update(client, expectedVersion);
        }

        @Override
        public Page<Client> search(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
            return real.search(tenant, search, page);
        }
    }
}
