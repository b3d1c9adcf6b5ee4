package org.clientportal.application.capacity;

import java.util.List;
import java.util.Objects;
import org.clientportal.domain.capacity.CapacityBudget;

/** A budget and its periods in the range asked for, oldest first. */
public record BudgetUse(CapacityBudget budget, List<PeriodUse> periods) {

    public BudgetUse {
        Objects.requireNonNull(budget, "budget");
        periods = List.copyOf(periods);
    }
}
