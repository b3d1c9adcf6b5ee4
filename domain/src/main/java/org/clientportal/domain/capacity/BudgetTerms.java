package org.clientportal.domain.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a capacity budget promises: so many hours a period, from its first day, until its last if it
 * has one (a custom budget must: it is that one range), and whether the client sees it in the portal.
 */
public record BudgetTerms(BigDecimal hours, BudgetPeriod period, LocalDate startsOn, Optional<LocalDate> endsOn,
                          boolean clientVisible) {

    public static final BigDecimal HOURS_MAX = new BigDecimal("10000");

    public BudgetTerms {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        hours(hours);
        if (period == BudgetPeriod.CUSTOM && endsOn.isEmpty()) {
            throw new IllegalArgumentException("a custom budget needs the day it ends");
        }
        if (endsOn.isPresent() && endsOn.get().isBefore(startsOn)) {
            throw new IllegalArgumentException("a budget ends on or after the day it starts");
        }
    }

    /** The rule for hours as a caller sends them: more than none, at most 10,000, in hundredths at most. */
    public static BigDecimal hours(BigDecimal raw) {
        if (raw.signum() <= 0 || raw.compareTo(HOURS_MAX) > 0) {
            throw new IllegalArgumentException("must be more than 0 and at most " + HOURS_MAX.toPlainString());
        }
        if (raw.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("must have at most two decimals, such as 37.5 or 12.25");
        }
        return raw.setScale(2);
    }

    /** The budget in minutes, which time entries are counted in; a hundredth of an hour is not a whole minute. */
    public BigDecimal minutes() {
        return hours.multiply(BigDecimal.valueOf(60));
    }
}
