package org.clientportal.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueMarkTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final QueueMark none = QueueMark.none(QueueItemId.parse("ask_unclassified.ACME-3"));

    @Test
    void anAcknowledgement_hidesForGood_andKeepsTheFirstWhoAndWhen() {
        QueueMark acknowledged = none.acknowledge("operator:a", NOW);

        assertThat(acknowledged.acknowledge("operator:b", NOW.plusSeconds(60))).isEqualTo(acknowledged);
        assertThat(acknowledged.hides(NOW.plus(Duration.ofDays(3650)))).isTrue();
        assertThat(none.hides(NOW)).isFalse();
    }

    @Test
    void aSnooze_hidesUntilItEnds_andANewOneReplacesIt() {
        QueueMark snoozed = none.snooze(NOW.plusSeconds(3600), "operator:a", NOW);

        assertThat(snoozed.hides(NOW.plusSeconds(3599))).isTrue();
        assertThat(snoozed.hides(NOW.plusSeconds(3600))).isFalse();
        QueueMark again = snoozed.snooze(NOW.plus(QueueMark.SNOOZE_MAX), "operator:b", NOW);
        assertThat(again.snoozed().orElseThrow().stamp().by()).isEqualTo("operator:b");
    }

    @Test
    void aSnooze_liesAhead_byAtMostNinetyDays() {
        assertThatThrownBy(() -> none.snooze(NOW, "operator:a", NOW)).hasMessage("must lie ahead");
        assertThatThrownBy(() -> none.snooze(NOW.plus(QueueMark.SNOOZE_MAX).plusSeconds(1), "operator:a", NOW))
                .hasMessage("must be at most 90 days ahead");
    }
}
