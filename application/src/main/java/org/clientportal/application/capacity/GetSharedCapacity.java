package org.clientportal.application.capacity;

import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;

/**
 * A contact's view of their client's capacity: only the budgets the agency made client-visible, with
 * the totals used and left; never a time entry, a note, or who logged what.
 */
public final class GetSharedCapacity {

    private final Transactions transactions;
    private final CapacityBudgetRepository budgets;
    private final CapacityReport report;
    private final Clock clock;

    GetSharedCapacity(Transactions transactions, CapacityBudgetRepository budgets, CapacityReport report,
                      Clock clock) {
        this.transactions = transactions;
        this.budgets = budgets;
        this.report = report;
        this.clock = clock;
    }

    public ClientCapacity execute(Actor actor, String from, String to) {
        PortalScope scope = PortalScope.of(actor);
        CapacityRange range = CapacityRange.read(from, to, CapacityDays.today(clock));
        return transactions.inPortal(scope, () -> report.of(scope.tenantId(), scope.clientId(),
                budgets.ofClient(scope.tenantId(), scope.clientId()).stream()
                        .filter(b -> b.terms().clientVisible()).toList(), range, false));
    }
}
