package org.clientportal.domain.capacity;

import java.math.BigDecimal;

/** The two crossings of a budget's period that the agency hears of, each once a period: 80 % used, then all of it. */
public enum CapacityLevel {
    WARNING(80),
    EXCEEDED(100);

    private final int percent;

    CapacityLevel(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** Reached once the minutes used are this level's share of the budget's minutes, or more. */
    public boolean reachedBy(long usedMinutes, BigDecimal budgetMinutes) {
        return BigDecimal.valueOf(usedMinutes).multiply(BigDecimal.valueOf(100))
                .compareTo(budgetMinutes.multiply(BigDecimal.valueOf(percent))) >= 0;
    }
}
