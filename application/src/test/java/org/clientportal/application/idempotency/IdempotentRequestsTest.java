package org.clientportal.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    private final TestAgency agency = new TestAgency();
    private final IdempotentRequests requests = agency.features.idempotency;
    private final AtomicInteger runs = new AtomicInteger();

    private IdempotentRequests.Answer<Client> createAcme(IdempotentRequests through, String key, String fingerprint) {
        return through.execute(agency.owner, key, fingerprint, () -> {
            runs.incrementAndGet();
            return agency.features.clients.createClient().execute(agency.owner, new ClientInput("Acme", null, null, null, null));
        }, client -> new RecordedResponse(201, "{\"id\":\"" + client.id() + "\"}", Map.of("ETag", "\"1\"")));
    }

    private long clients() {
        return agency.features.clients.searchClients().execute(agency.owner, java.util.List.of(), null, new PageInput(null, null))
                .items().size();
    }

    @Test
    void aRepeat_isAnsweredWithTheFirstResponse_andRunsNothing() {
        var first = createAcme(requests, "k1", "body-a");
        var again = createAcme(requests, "k1", "body-a");

        Client created = ((IdempotentRequests.Answer.Fresh<Client>) first).outcome();
        assertThat(again).isEqualTo(new IdempotentRequests.Answer.Replayed<Client>(
                new RecordedResponse(201, "{\"id\":\"" + created.id() + "\"}", Map.of("ETag", "\"1\""))));
        assertThat(runs).hasValue(1);
        assertThat(clients()).isEqualTo(1);
    }

    @Test
    void aFaultBetweenTheEffectAndTheAnswer_undoesTheEffect_soTheRetryMakesExactlyOne() {
        IdempotentRequests faulty = new IdempotentRequests(agency.fakes.transactions,
                new FaultAfterTheEffect(agency.fakes.idempotencyRecords), agency.fakes.digests, agency.fakes.clock, Duration.ofHours(24));

        assertThatThrownBy(() -> createAcme(faulty, "k1", "body-a")).isInstanceOf(FaultAfterTheEffect.InjectedFault.class);
        assertThat(clients()).isZero();

        assertThat(createAcme(faulty, "k1", "body-a")).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
        assertThat(createAcme(faulty, "k1", "body-a")).isInstanceOf(IdempotentRequests.Answer.Replayed.class);
        assertThat(clients()).isEqualTo(1);
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.action().equals("client.created")).hasSize(1);
    }

    @Test
    void aRequestThatFails_leavesNoAnswer_soItsRetryRunsForReal() {
        assertThatThrownBy(() -> requests.execute(agency.owner, "k1", "body-a", () -> {
            throw new IllegalStateException("refused");
        }, outcome -> new RecordedResponse(200, "", Map.of()))).isInstanceOf(IllegalStateException.class);

        assertThat(createAcme(requests, "k1", "body-a")).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
    }

    @Test
    void theSameKeyWithAnotherRequest_isUnprocessable() {
        createAcme(requests, "k1", "body-a");

        assertThatThrownBy(() -> createAcme(requests, "k1", "body-b"))
                .isInstanceOf(DomainError.class)
                .satisfies(e -> assertThat(((DomainError) e).code()).isEqualTo("idempotency-key-reused"));
        assertThat(runs).hasValue(1);
    }

    @Test
    void anAnswerOlderThanTheRetention_isForgotten_andExpiredByTheCleanup() {
        createAcme(requests, "k1", "body-a");
        agency.fakes.clock.advance(Duration.ofHours(25));

        assertThat(requests.expireOld()).isEqualTo(1);
        assertThat(createAcme(requests, "k1", "body-b")).isInstanceOf(IdempotentRequests.Answer.Fresh.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void keysArePerPrincipal_andMustNotBeBlankOrHuge() {
        createAcme(requests, "k1", "body-a");
        var other = agency.operatorWithRole("member");

        assertThat(requests.execute(other, "k1", "body-z", () -> "ran", s -> new RecordedResponse(200, "", Map.of())))
                .isEqualTo(new IdempotentRequests.Answer.Fresh<>("ran"));
        assertThatThrownBy(() -> createAcme(requests, " ", "b")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> createAcme(requests, "x".repeat(201), "b")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aRetentionMustBePositive() {
        assertThatThrownBy(() -> new IdempotentRequests(agency.fakes.transactions, agency.fakes.idempotencyRecords,
                agency.fakes.digests, agency.fakes.clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
