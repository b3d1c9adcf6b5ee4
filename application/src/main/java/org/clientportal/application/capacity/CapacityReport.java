package org.clientportal.application.capacity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.capacity.Period;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * Counts a client's budgets over a range inside the caller's transaction: one read of the day totals
 * for every period of every budget, and for the agency one read of their crossings.
 */
public final class CapacityReport {

    private final CapacityBudgetRepository budgets;
    private final TimeEntryRepository entries;

    public CapacityReport(CapacityBudgetRepository budgets, TimeEntryRepository entries) {
        this.budgets = budgets;
        this.entries = entries;
    }

    public ClientCapacity of(TenantId tenant, ClientId client, List<CapacityBudget> shown, CapacityRange range,
                      boolean withCrossings) {
        Map<CapacityBudget, List<Period>> periods = shown.stream().collect(Collectors.toMap(b -> b,
                b -> b.periodsOverlapping(range.from(), range.to()), (a, b) -> a, LinkedHashMap::new));
        List<DayTotal> days = DayTotals.over(entries, tenant, client,
                periods.values().stream().flatMap(List::stream).toList());
        List<CapacityCrossing> crossings = withCrossings && !shown.isEmpty()
                ? budgets.crossingsOf(tenant, shown.stream().map(CapacityBudget::id).toList()) : List.of();
        List<BudgetUse> uses = new ArrayList<>();
        periods.forEach((budget, ofBudget) -> uses.add(new BudgetUse(budget, ofBudget.stream()
                .map(period -> new PeriodUse(period, budget.terms().minutes(), UsedTime.in(days, period),
                        raisedAt(crossings, budget, period, CapacityLevel.WARNING),
                        raisedAt(crossings, budget, period, CapacityLevel.EXCEEDED)))
                .toList())));
        return new ClientCapacity(client, range.from(), range.to(), uses);
    }

    private static Optional<Instant> raisedAt(List<CapacityCrossing> crossings, CapacityBudget budget, Period period,
                                              CapacityLevel level) {
        return crossings.stream()
                .filter(c -> c.budgetId().equals(budget.id()) && c.periodStart().equals(period.start())
                        && c.level() == level)
                .map(CapacityCrossing::raisedAt).findFirst();
    }
}
