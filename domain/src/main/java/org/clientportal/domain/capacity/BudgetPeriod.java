package org.clientportal.domain.capacity;

/** How a capacity budget repeats: every month or every week from its first day, or once over a range of its own. */
public enum BudgetPeriod {
    MONTH,
    WEEK,
    CUSTOM
}
