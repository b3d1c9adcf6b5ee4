package org.clientportal.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    /** Berlin, Monday to Friday 09:00 to 17:00, Christmas Day off (a Friday in 2026). */
    private static final BusinessHours BERLIN = new BusinessHours(ZoneId.of("Europe/Berlin"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            new TreeSet<>(Set.of(LocalDate.parse("2026-12-25"))));

    private static Instant at(String berlinTime) {
        return java.time.LocalDateTime.parse(berlinTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private static BusinessTime berlin(TimeSpan... stopped) {
        return new BusinessTime(BERLIN, List.of(stopped));
    }

    @Test
    void countsOnlyWorkingHours_ofWorkingDays() {
        // Thursday 16:00 to Monday 10:00: an hour on Thursday, Friday is Christmas, an hour on Monday.
        assertThat(berlin().between(at("2026-12-24T16:00"), at("2026-12-28T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(berlin().between(at("2026-12-21T08:00"), at("2026-12-21T18:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(berlin().between(at("2026-12-19T10:00"), at("2026-12-20T15:00"))).isZero();
    }

    @Test
    void nothingIsCounted_backwards() {
        assertThat(berlin().between(at("2026-12-21T12:00"), at("2026-12-21T10:00"))).isZero();
    }

    @Test
    void aTarget_endsInTheWorkingHoursItReaches() {
        // Filed on a Saturday: the clock starts on Monday at nine.
        assertThat(berlin().after(at("2026-12-19T11:00"), Duration.ofHours(1))).isEqualTo(at("2026-12-21T10:00"));
        // Eight hours from Thursday 13:00: four on Thursday, none on Christmas, four on Monday.
        assertThat(berlin().after(at("2026-12-24T13:00"), Duration.ofHours(8))).isEqualTo(at("2026-12-28T13:00"));
        // A target used up exactly at closing time ends then, not the next morning.
        assertThat(berlin().after(at("2026-12-21T09:00"), Duration.ofHours(8))).isEqualTo(at("2026-12-21T17:00"));
    }

    @Test
    void stoppedSpans_doNotCount_andPushTargetsOut() {
        BusinessTime paused = berlin(new TimeSpan(at("2026-12-21T11:00"), at("2026-12-22T10:00")));

        assertThat(paused.between(at("2026-12-21T09:00"), at("2026-12-22T12:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(paused.after(at("2026-12-21T09:00"), Duration.ofHours(3))).isEqualTo(at("2026-12-22T11:00"));
    }

    @Test
    void overlappingStops_countOnce() {
        BusinessTime paused = berlin(new TimeSpan(at("2026-12-21T12:00"), at("2026-12-21T14:00")),
                new TimeSpan(at("2026-12-21T10:00"), at("2026-12-21T13:00")));

        assertThat(paused.between(at("2026-12-21T09:00"), at("2026-12-21T17:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void hoursAreTheZonesWallClock_acrossADaylightSavingChange() {
        // Europe/Berlin moves to summer time on 29 March 2026: working hours stay 09:00 to 17:00 local.
        Instant friday = at("2026-03-27T09:00");
        Instant monday = at("2026-03-30T17:00");
        assertThat(berlin().between(friday, monday)).isEqualTo(Duration.ofHours(16));
        assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(79));
    }

    @Test
    void businessHours_refuseNoWorkingDay_aShortDay_andTooManyHolidays() {
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("UTC"), Set.of(), LocalTime.of(9, 0),
                LocalTime.of(17, 0), new TreeSet<>())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("working day");
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(9, 59), new TreeSet<>())).hasMessageContaining("an hour");
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int i = 0; i <= BusinessHours.HOLIDAYS_MAX; i++) {
            holidays.add(LocalDate.parse("2026-01-01").plusDays(i));
        }
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), holidays)).hasMessageContaining("at most 500 holidays");
    }
}
