package org.clientportal.domain.capacity;

import java.util.Optional;
import org.clientportal.domain.shared.Rejection;

/** How many budgets a client may have. */
public final class BudgetRules {

    /** Enough for a retainer, a few projects' budgets and their history; the capacity view shows them all. */
    public static final int BUDGETS_PER_CLIENT_MAX = 20;

    private BudgetRules() {
    }

    public static Optional<Rejection> mayAddBudget(int budgetsOfClient) {
        if (budgetsOfClient >= BUDGETS_PER_CLIENT_MAX) {
            return Optional.of(new Rejection("capacity-budget.too-many", "The client has " + BUDGETS_PER_CLIENT_MAX
                    + " budgets already; delete one it no longer needs first"));
        }
        return Optional.empty();
    }
}
