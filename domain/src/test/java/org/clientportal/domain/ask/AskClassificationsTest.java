package org.clientportal.domain.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AskClassificationsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final TaskKey LINKED = new TaskKey("ACME-44");

    /** The table as documented in docs/domain.md, written out independently of the code's. */
    private static final Map<AskClassification, Set<AskClassification>> DOCUMENTED = Map.of(
            AskClassification.UNCLASSIFIED, Set.of(AskClassification.TASK, AskClassification.BUG,
                    AskClassification.QUESTION, AskClassification.NOT_ACTIONABLE),
            AskClassification.QUESTION, Set.of(AskClassification.TASK, AskClassification.BUG,
                    AskClassification.NOT_ACTIONABLE),
            AskClassification.NOT_ACTIONABLE, Set.of(AskClassification.TASK, AskClassification.BUG,
                    AskClassification.QUESTION),
            AskClassification.TASK, Set.of(),
            AskClassification.BUG, Set.of());

    static Stream<Arguments> everyPair() {
        return Stream.of(AskClassification.values())
                .flatMap(from -> Stream.of(AskClassification.values()).map(to -> Arguments.of(from, to)));
    }

    private static Ask filed() {
        return Ask.file(new AskId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                Optional.empty(), new TaskKey("ACME-43"), AskKind.BUG, "Broken", Optional.empty(),
                new ContactId(UUID.randomUUID()), "Ada", T0);
    }

    private static Ask classifiedAs(AskClassification classification) {
        Ask ask = filed();
        return classification == AskClassification.UNCLASSIFIED ? ask : ask.classify(classification,
                linkedFor(classification), "operator:o", T0);
    }

    private static Optional<TaskKey> linkedFor(AskClassification classification) {
        return classification.makesTask() ? Optional.of(LINKED) : Optional.empty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenDocumented(AskClassification from, AskClassification to) {
        Ask ask = classifiedAs(from);
        Instant later = T0.plusSeconds(60);
        if (DOCUMENTED.get(from).contains(to)) {
            Ask classified = ask.classify(to, linkedFor(to), "operator:p", later);
            assertThat(classified.classification()).isEqualTo(to);
            assertThat(classified.version()).isEqualTo(ask.version() + 1);
            assertThat(classified.classified()).contains(new Ask.Classified("operator:p", later, linkedFor(to)));
        } else {
            assertThatThrownBy(() -> ask.classify(to, linkedFor(to), "operator:p", later))
                    .isInstanceOfSatisfying(ClassificationNotAllowed.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("ask.classification-not-allowed");
                        assertThat(refusal.details()).containsEntry("current", from.name().toLowerCase())
                                .containsEntry("requested", to.name().toLowerCase());
                        assertThat((List<?>) refusal.details().get("allowed")).hasSize(DOCUMENTED.get(from).size());
                    });
        }
    }

    @Test
    void aFiledAsk_isUnclassified_clientVisible_atVersionOne_namedAsItsContact() {
        Ask ask = filed();

        assertThat(ask.classification()).isEqualTo(AskClassification.UNCLASSIFIED);
        assertThat(ask.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(ask.version()).isEqualTo(1);
        assertThat(ask.author()).isEqualTo("contact:" + ask.contactId());
        assertThat(ask.linkedTask()).isEmpty();
    }

    @Test
    void aTaskOrBug_needsItsLinkedTask_andNothingElseHasOne() {
        assertThatThrownBy(() -> filed().classify(AskClassification.BUG, Optional.empty(), "o", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filed().classify(AskClassification.QUESTION, Optional.of(LINKED), "o", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFinalClassification_saysSoInItsRefusal() {
        assertThatThrownBy(() -> classifiedAs(AskClassification.TASK).classify(AskClassification.BUG, Optional.of(LINKED),
                "o", T0)).hasMessageContaining("final");
    }
}
