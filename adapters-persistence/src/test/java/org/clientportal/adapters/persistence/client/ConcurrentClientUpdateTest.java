package org.clientportal.adapters.persistence.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two requests change the same version of a client at the same moment: one wins, one is told. */
class ConcurrentClientUpdateTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void twoUpdatesOfTheSameVersion_exactlyOneWins_theOtherIsAConcurrentModification() throws Exception {
        PostgresPersistence persistence = DATABASE.persistence();
        TenantId tenant = new TenantId(UUID.randomUUID());
        Client lead = Client.create(new ClientId(UUID.randomUUID()), tenant,
                new ClientProfile("Acme", Optional.empty(), Optional.empty(), Optional.empty()),
                new TaskKeyPrefix("ACME"), ClientSource.MANUAL, Optional.empty(), NOW);
        persistence.transactions().inTenant(tenant, () -> {
            persistence.tenants().add(new Tenant(tenant, "Agency", new TenantSlug("race-" + tenant.value()
                    .toString().substring(0, 8)), NOW));
            persistence.clients().add(lead);
            return null;
        });
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        List<ClientStatus> targets = List.of(ClientStatus.ONBOARDING, ClientStatus.OFFBOARDED);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ClientStatus>> outcomes = new ArrayList<>();
        for (ClientStatus target : targets) {
            outcomes.add(threads.submit(() -> persistence.transactions().inTenant(tenant, () -> {
                Client read = persistence.clients().find(tenant, lead.id()).orElseThrow();
                await(bothHaveRead);
                persistence.clients().update(read.transitionTo(target, NOW.plusSeconds(1)), read.version());
                return target;
            })));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        List<ClientStatus> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (Future<ClientStatus> outcome : outcomes) {
            try {
                winners.add(outcome.get());
            } catch (ExecutionException e) {
                losers.add(e.getCause());
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(losers).singleElement().isInstanceOf(ConcurrentModification.class);
        Client stored = persistence.transactions().inTenant(tenant, () -> persistence.clients().find(tenant, lead.id()))
                .orElseThrow();
        assertThat(stored.status()).isEqualTo(winners.get(0));
        assertThat(stored.version()).isEqualTo(lead.version() + 1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
