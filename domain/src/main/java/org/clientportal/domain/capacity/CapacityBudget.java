package org.clientportal.domain.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * Hours of a client's work the agency has to give each period. Every time entry of the client counts
 * against every budget whose period holds the entry's day. A monthly period runs from the budget's
 * first day to the day before the same day of the next month (the 31st falls on a shorter month's
 * last day); a weekly one seven days; the last period ends on the budget's last day, if it has one.
 */
public record CapacityBudget(CapacityBudgetId id, TenantId tenantId, ClientId clientId, BudgetTerms terms,
                             long version, Instant createdAt, Instant updatedAt) {

    public CapacityBudget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static CapacityBudget set(CapacityBudgetId id, TenantId tenantId, ClientId clientId, BudgetTerms terms,
                                     Instant now) {
        return new CapacityBudget(id, tenantId, clientId, terms, 1, now, now);
    }

    /** The same object when nothing differs. */
    public CapacityBudget with(BudgetTerms newTerms, Instant now) {
        if (terms.equals(newTerms)) {
            return this;
        }
        return new CapacityBudget(id, tenantId, clientId, newTerms, version + 1, createdAt, now);
    }

    /** The period that holds the day; none before the budget starts or after it ends. */
    public Optional<Period> periodOn(LocalDate day) {
        if (day.isBefore(terms.startsOn()) || terms.endsOn().map(day::isAfter).orElse(false)) {
            return Optional.empty();
        }
        if (terms.period() == BudgetPeriod.CUSTOM) {
            return Optional.of(new Period(terms.startsOn(), terms.endsOn().orElseThrow()));
        }
        long n = terms.period() == BudgetPeriod.WEEK
                ? ChronoUnit.WEEKS.between(terms.startsOn(), day)
                : ChronoUnit.MONTHS.between(terms.startsOn(), day);
        // MONTHS.between counts by day of month, the periods by plusMonths, which clamps to shorter months.
        while (!periodStart(n + 1).isAfter(day)) {
            n++;
        }
        while (periodStart(n).isAfter(day)) {
            n--;
        }
        return Optional.of(period(n));
    }

    /** The periods that share a day with the range, oldest first. */
    public List<Period> periodsOverlapping(LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        LocalDate first = from.isBefore(terms.startsOn()) ? terms.startsOn() : from;
        Optional<Period> at = periodOn(first);
        while (at.isPresent() && !at.get().start().isAfter(to)) {
            periods.add(at.get());
            at = periodOn(at.get().end().plusDays(1));
        }
        return periods;
    }

    private Period period(long n) {
        LocalDate end = periodStart(n + 1).minusDays(1);
        if (terms.endsOn().isPresent() && end.isAfter(terms.endsOn().get())) {
            end = terms.endsOn().get();
        }
        return new Period(periodStart(n), end);
    }

    private LocalDate periodStart(long n) {
        return terms.period() == BudgetPeriod.WEEK ? terms.startsOn().plusWeeks(n) : terms.startsOn().plusMonths(n);
    }
}
