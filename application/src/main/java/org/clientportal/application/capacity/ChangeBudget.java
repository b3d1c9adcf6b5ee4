package org.clientportal.application.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/** An owner or admin changes a budget's hours, last day or visibility; a budget lowered may be crossed at once. */
public final class ChangeBudget {

    private final Transactions transactions;
    private final CapacityBudgetRepository budgets;
    private final CapacityCrossings crossings;
    private final AuditRecorder audit;
    private final Clock clock;

    public ChangeBudget(Transactions transactions, CapacityBudgetRepository budgets, CapacityCrossings crossings,
                        AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.budgets = budgets;
        this.crossings = crossings;
        this.audit = audit;
        this.clock = clock;
    }

    public CapacityBudget execute(Actor actor, String budgetId, BudgetChanges changes) {
        actor.require(Permission.MANAGE_CAPACITY);
        CapacityBudgetId id = CapacityBudgetId.parse(budgetId);
        Validation v = new Validation();
        BigDecimal hours = changes.hours().present() ? v.requiredValue("hours", changes.hours().value(), BudgetTerms::hours) : null;
        Optional<LocalDate> endsOn = changes.endsOn().present()
                ? v.optional("endsOn", changes.endsOn().value(), Dates::parse) : null;
        if (changes.clientVisible().present() && changes.clientVisible().value() == null) {
            v.add("clientVisible", "cannot be cleared; send true or false");
        }
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            CapacityBudget found = budgets.find(actor.tenantId(), id)
                    .orElseThrow(() -> new NotFound("capacity-budget", budgetId));
            // The client's budgets are held before this one is written, in the order every writer takes
            // them (CapacityCrossings): holding this one first could deadlock with time being logged.
            CapacityBudget before = budgets.lockOfClient(actor.tenantId(), found.clientId()).stream()
                    .filter(b -> b.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFound("capacity-budget", budgetId));
            StaleVersion.check("capacity-budget", changes.expectedVersion(), before.version());
            BudgetTerms was = before.terms();
            CapacityBudget after = before.with(BudgetInput.checked(hours == null ? was.hours() : hours, was.period(),
                    was.startsOn(), endsOn == null ? was.endsOn() : endsOn,
                    changes.clientVisible().or(was.clientVisible())), clock.now());
            if (after == before) {
                return before;
            }
            budgets.update(after, before.version());
            audit.changed(actor, "capacity-budget.changed", "capacity-budget", id, Snapshots.of(before),
                    Snapshots.of(after));
            crossings.check(actor, after.clientId(), List.of(CapacityDays.today(clock)));
            return after;
        });
    }
}
