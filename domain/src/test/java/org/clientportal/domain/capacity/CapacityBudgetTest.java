package org.clientportal.domain.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.fixtures.TestClients;
import org.junit.jupiter.api.Test;

class CapacityBudgetTest {

    private static CapacityBudget budget(BudgetPeriod period, String startsOn, String endsOn) {
        return CapacityBudget.set(new CapacityBudgetId(UUID.randomUUID()), TestClients.TENANT,
                new ClientId(UUID.randomUUID()), new BudgetTerms(new BigDecimal("40"), period, LocalDate.parse(startsOn),
                        Optional.ofNullable(endsOn).map(LocalDate::parse), false), TestClients.T0);
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aMonthlyPeriod_runsToTheDayBeforeTheSameDayOfTheNextMonth() {
        CapacityBudget monthly = budget(BudgetPeriod.MONTH, "2026-01-15", null);

        assertThat(monthly.periodOn(LocalDate.parse("2026-01-15"))).contains(period("2026-01-15", "2026-02-14"));
        assertThat(monthly.periodOn(LocalDate.parse("2026-02-14"))).contains(period("2026-01-15", "2026-02-14"));
        assertThat(monthly.periodOn(LocalDate.parse("2026-02-15"))).contains(period("2026-02-15", "2026-03-14"));
        assertThat(monthly.periodOn(LocalDate.parse("2027-01-01"))).contains(period("2026-12-15", "2027-01-14"));
    }

    @Test
    void aMonthlyBudgetFromThe31st_fallsOnEachShorterMonthsLastDay_andBackOnThe31st() {
        CapacityBudget monthly = budget(BudgetPeriod.MONTH, "2026-01-31", null);

        assertThat(monthly.periodOn(LocalDate.parse("2026-02-27"))).contains(period("2026-01-31", "2026-02-27"));
        assertThat(monthly.periodOn(LocalDate.parse("2026-02-28"))).contains(period("2026-02-28", "2026-03-30"));
        assertThat(monthly.periodOn(LocalDate.parse("2026-03-31"))).contains(period("2026-03-31", "2026-04-29"));
    }

    @Test
    void noPeriodHoldsADayBeforeTheBudgetStarts_orAfterItEnds_andTheLastPeriodEndsOnTheLastDay() {
        CapacityBudget weekly = budget(BudgetPeriod.WEEK, "2026-03-02", "2026-03-18");

        assertThat(weekly.periodOn(LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(weekly.periodOn(LocalDate.parse("2026-03-08"))).contains(period("2026-03-02", "2026-03-08"));
        assertThat(weekly.periodOn(LocalDate.parse("2026-03-17"))).contains(period("2026-03-16", "2026-03-18"));
        assertThat(weekly.periodOn(LocalDate.parse("2026-03-19"))).isEmpty();
    }

    @Test
    void aCustomBudget_isOnePeriod_fromItsFirstDayToItsLast() {
        CapacityBudget custom = budget(BudgetPeriod.CUSTOM, "2026-04-10", "2026-06-30");

        assertThat(custom.periodOn(LocalDate.parse("2026-05-20"))).contains(period("2026-04-10", "2026-06-30"));
        assertThat(custom.periodsOverlapping(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")))
                .containsExactly(period("2026-04-10", "2026-06-30"));
    }

    @Test
    void theRangesPeriods_areEveryOneSharingADay_oldestFirst() {
        CapacityBudget weekly = budget(BudgetPeriod.WEEK, "2026-03-02", null);

        assertThat(weekly.periodsOverlapping(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-10")))
                .containsExactly(period("2026-03-02", "2026-03-08"), period("2026-03-09", "2026-03-15"));
        assertThat(weekly.periodsOverlapping(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"))).isEmpty();
    }

    @Test
    void aCustomBudget_needsItsLastDay_andNoBudgetEndsBeforeItStarts() {
        assertThatThrownBy(() -> budget(BudgetPeriod.CUSTOM, "2026-04-10", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget(BudgetPeriod.MONTH, "2026-04-10", "2026-04-09"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hours_areMoreThanNone_atMostTenThousand_inHundredths() {
        assertThat(BudgetTerms.hours(new BigDecimal("37.5"))).isEqualByComparingTo("37.50");
        assertThat(BudgetTerms.hours(new BigDecimal("12.250"))).isEqualByComparingTo("12.25");
        assertThatThrownBy(() -> BudgetTerms.hours(BigDecimal.ZERO)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> BudgetTerms.hours(new BigDecimal("10000.01"))).hasMessageContaining("at most");
        assertThatThrownBy(() -> BudgetTerms.hours(new BigDecimal("1.005"))).hasMessageContaining("two decimals");
    }

    @Test
    void aLevelIsReached_atItsShareOfTheBudgetsMinutes_exactly() {
        BigDecimal tenHours = new BigDecimal("600");

        assertThat(CapacityLevel.WARNING.reachedBy(479, tenHours)).isFalse();
        assertThat(CapacityLevel.WARNING.reachedBy(480, tenHours)).isTrue();
        assertThat(CapacityLevel.EXCEEDED.reachedBy(599, tenHours)).isFalse();
        assertThat(CapacityLevel.EXCEEDED.reachedBy(600, tenHours)).isTrue();
    }

    @Test
    void aChangeToNothingNew_isTheSameBudget_andAChange_aNewVersion() {
        CapacityBudget monthly = budget(BudgetPeriod.MONTH, "2026-01-01", null);
        BudgetTerms same = monthly.terms();
        BudgetTerms visible = new BudgetTerms(same.hours(), same.period(), same.startsOn(), same.endsOn(), true);

        assertThat(monthly.with(same, TestClients.T0.plusSeconds(1))).isSameAs(monthly);
        assertThat(monthly.with(visible, TestClients.T0.plusSeconds(1)).version()).isEqualTo(2);
    }
}
