package org.clientportal.application.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.capacity.Period;

/**
 * One period of a budget as it stands: its minutes, the minutes used (and of them billable), and when
 * it crossed 80 % and 100 %, if it did (empty for the client's contacts, who are not told of crossings).
 */
public record PeriodUse(Period period, BigDecimal budgetMinutes, UsedTime used, Optional<Instant> warningRaisedAt,
                        Optional<Instant> exceededRaisedAt) {

    public PeriodUse {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(budgetMinutes, "budgetMinutes");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(warningRaisedAt, "warningRaisedAt");
        Objects.requireNonNull(exceededRaisedAt, "exceededRaisedAt");
    }

    /** Below zero once the budget is overrun. */
    public BigDecimal remainingMinutes() {
        return budgetMinutes.subtract(BigDecimal.valueOf(used.minutes()));
    }

    /** The share used, in percent to one decimal (past 100 when overrun). */
    public BigDecimal percentUsed() {
        return BigDecimal.valueOf(used.minutes()).multiply(BigDecimal.valueOf(100))
                .divide(budgetMinutes, 1, RoundingMode.HALF_UP);
    }
}
