package org.clientportal.domain.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-01-05");

    private static Checkpoint planned(Cadence cadence, LocalDate startsOn) {
        return Checkpoint.plan(new CheckpointId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ProjectId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), "Status review", cadence,
                Visibility.CLIENT, startsOn, "operator:1", Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void aWeeklyCheckpoint_fallsOnItsWeekday_fromItsFirstDayOn() {
        Checkpoint friday = planned(Cadence.weekly(DayOfWeek.FRIDAY), MONDAY);

        assertThat(friday.nextOn()).isEqualTo(LocalDate.parse("2026-01-09"));
        assertThat(friday.isDueBy(LocalDate.parse("2026-01-08"))).isFalse();
        assertThat(friday.isDueBy(LocalDate.parse("2026-01-09"))).isTrue();
        assertThat(friday.madeOn(LocalDate.parse("2026-01-09")).nextOn()).isEqualTo(LocalDate.parse("2026-01-16"));
        assertThat(planned(Cadence.weekly(DayOfWeek.MONDAY), MONDAY).nextOn()).isEqualTo(MONDAY);
        assertThat(friday.taskTitle()).isEqualTo("Status review (2026-01-09)");
    }

    @Test
    void aMonthlyCheckpoint_fallsOnItsDay_andDaysMissedAreNotMadeUp() {
        Checkpoint third = planned(Cadence.monthly(3), MONDAY);

        assertThat(third.nextOn()).isEqualTo(LocalDate.parse("2026-02-03"));
        assertThat(third.madeOn(LocalDate.parse("2026-02-03")).nextOn()).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(third.madeOn(LocalDate.parse("2026-05-10")).nextOn()).isEqualTo(LocalDate.parse("2026-06-03"));
        assertThat(planned(Cadence.monthly(28), LocalDate.parse("2026-01-28")).nextOn())
                .isEqualTo(LocalDate.parse("2026-01-28"));
    }

    @Test
    void aCadence_isWeeklyOnAWeekday_orMonthlyOnDay1To28() {
        assertThatThrownBy(() -> Cadence.monthly(29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cadence.monthly(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(Cadence.Every.WEEK, Optional.empty(), Optional.of(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
