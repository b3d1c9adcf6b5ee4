package org.clientportal.application.capacity;

import java.math.BigDecimal;
import java.util.Optional;
import org.clientportal.application.shared.Change;

/**
 * A partial update of a budget: its hours, its last day (null: none, unless custom) and whether the
 * client sees it. How it repeats and its first day stay: they place every period already counted.
 */
public record BudgetChanges(Change<BigDecimal> hours, Change<String> endsOn, Change<Boolean> clientVisible,
                            Optional<Long> expectedVersion) {
}
