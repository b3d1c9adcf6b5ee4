package org.clientportal.domain.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The fact that a budget's period reached a level: raised once, when the first write that reached
 * it committed, and never again for that period, whatever is edited afterwards.
 */
public record CapacityCrossing(CapacityBudgetId budgetId, LocalDate periodStart, CapacityLevel level,
                               Instant raisedAt) {

    public CapacityCrossing {
        Objects.requireNonNull(budgetId, "budgetId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
