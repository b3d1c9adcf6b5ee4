package org.clientportal.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientLifecycleTest {

    /** The lifecycle as documented in docs/domain.md, written out independently of the table. */
    private static final Map<ClientStatus, Set<ClientStatus>> DOCUMENTED = Map.of(
            ClientStatus.LEAD, Set.of(ClientStatus.ONBOARDING, ClientStatus.OFFBOARDED),
            ClientStatus.ONBOARDING, Set.of(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED),
            ClientStatus.ACTIVE, Set.of(ClientStatus.PAUSED, ClientStatus.OFFBOARDED),
            ClientStatus.PAUSED, Set.of(ClientStatus.ACTIVE, ClientStatus.OFFBOARDED),
            ClientStatus.OFFBOARDED, Set.of(ClientStatus.ONBOARDING));

    static Stream<Arguments> everyPair() {
        return Stream.of(ClientStatus.values())
                .flatMap(from -> Stream.of(ClientStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenDocumented(ClientStatus from, ClientStatus to) {
        Client client = TestClients.inStatus(from);
        Instant later = TestClients.T0.plusSeconds(60);
        if (DOCUMENTED.get(from).contains(to)) {
            Client moved = client.transitionTo(to, later);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(client.version() + 1);
            assertThat(moved.statusChangedAt()).isEqualTo(later);
        } else {
            assertThatThrownBy(() -> client.transitionTo(to, later))
                    .isInstanceOf(TransitionNotAllowed.class)
                    .satisfies(e -> {
                        TransitionNotAllowed refusal = (TransitionNotAllowed) e;
                        assertThat(refusal.code()).isEqualTo("client.transition-not-allowed");
                        assertThat(refusal.current()).isEqualTo(from.name().toLowerCase());
                        assertThat(refusal.allowed()).containsExactlyInAnyOrderElementsOf(
                                DOCUMENTED.get(from).stream().map(s -> s.name().toLowerCase()).toList());
                    });
        }
    }

    @Test
    void aNewClientIsALead() {
        assertThat(TestClients.aLead().status()).isEqualTo(ClientStatus.LEAD);
        assertThat(TestClients.aLead().version()).isEqualTo(1);
    }

    @Test
    void givenAnActiveClient_movingToActive_isRefusedNamingTheAllowedMoves() {
        Client active = TestClients.inStatus(ClientStatus.ACTIVE);
        assertThatThrownBy(() -> active.transitionTo(ClientStatus.ACTIVE, TestClients.T0))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("allowed: paused, offboarded");
    }
}
