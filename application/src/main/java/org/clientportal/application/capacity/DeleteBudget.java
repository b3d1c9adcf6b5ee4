package org.clientportal.application.capacity;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/** An owner or admin deletes a budget the client no longer has; its time entries stay, the audit keeps the budget. */
public final class DeleteBudget {

    private final Transactions transactions;
    private final CapacityBudgetRepository budgets;
    private final AuditRecorder audit;

    public DeleteBudget(Transactions transactions, CapacityBudgetRepository budgets, AuditRecorder audit) {
        this.transactions = transactions;
        this.budgets = budgets;
        this.audit = audit;
    }

    public void execute(Actor actor, String budgetId, Optional<Long> expectedVersion) {
        actor.require(Permission.MANAGE_CAPACITY);
        CapacityBudgetId id = CapacityBudgetId.parse(budgetId);
        transactions.inTenant(actor.tenantId(), () -> {
            CapacityBudget budget = budgets.find(actor.tenantId(), id)
                    .orElseThrow(() -> new NotFound("capacity-budget", budgetId));
            StaleVersion.check("capacity-budget", expectedVersion, budget.version());
            budgets.remove(budget, budget.version());
            audit.removed(actor, "capacity-budget.deleted", "capacity-budget", id, Snapshots.of(budget));
            return null;
        });
    }
}
