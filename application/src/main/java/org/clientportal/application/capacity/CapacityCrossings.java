package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.capacity.Period;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;

/**
 * After a write that can take a client's budgets further (time logged or edited, a budget set or
 * lowered), raises each level the periods of the given days now reach and had not reached before:
 * {@code capacity.warning} at 80 %, {@code capacity.exceeded} at 100 %, each once a period, in the
 * writer's transaction. The client's budgets are held first, so two writes at once take turns and
 * the second counts the first's minutes; the crossing is a unique row, so no period has it twice.
 */
public final class CapacityCrossings {

    private final CapacityBudgetRepository budgets;
    private final TimeEntryRepository entries;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final Clock clock;

    public CapacityCrossings(CapacityBudgetRepository budgets, TimeEntryRepository entries, AuditRecorder audit,
                             Notifications notifications, Clock clock) {
        this.budgets = budgets;
        this.entries = entries;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void check(Actor actor, ClientId client, Collection<LocalDate> days) {
        Map<CapacityBudget, Set<Period>> affected = new LinkedHashMap<>();
        for (CapacityBudget budget : budgets.lockOfClient(actor.tenantId(), client)) {
            Set<Period> periods = new LinkedHashSet<>();
            days.forEach(day -> budget.periodOn(day).ifPresent(periods::add));
            affected.put(budget, periods);
        }
        List<DayTotal> totals = DayTotals.over(entries, actor.tenantId(), client,
                affected.values().stream().flatMap(Set::stream).toList());
        affected.forEach((budget, periods) -> periods.forEach(period -> {
            long used = UsedTime.in(totals, period).minutes();
            for (CapacityLevel level : CapacityLevel.values()) {
                if (level.reachedBy(used, budget.terms().minutes()) && budgets.raise(actor.tenantId(),
                        new CapacityCrossing(budget.id(), period.start(), level, clock.now()))) {
                    audit.created(actor, "capacity." + Lifecycle.wireName(level), "capacity-budget", budget.id(),
                            facts(budget, period, level, used));
                    notifications.capacityCrossed(budget, period, level, used);
                }
            }
        }));
    }

    private static Map<String, Object> facts(CapacityBudget budget, Period period, CapacityLevel level, long used) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", budget.clientId().toString());
        m.put("level", Lifecycle.wireName(level));
        m.put("periodStart", period.start().toString());
        m.put("periodEnd", period.end().toString());
        m.put("budgetMinutes", budget.terms().minutes().stripTrailingZeros().toPlainString());
        m.put("usedMinutes", used);
        return m;
    }
}
