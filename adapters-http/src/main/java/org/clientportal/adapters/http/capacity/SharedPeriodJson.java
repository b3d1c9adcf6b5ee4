package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientportal.application.capacity.PeriodUse;

/** One period of a budget as the client's contacts see it: hours only, no billing, no crossings. */
@Schema(name = "SharedCapacityPeriod", description = "One period of a budget the agency shares: its hours, used and"
        + " left.")
record SharedPeriodJson(@Schema(description = "The period's first day.") LocalDate start,
                        @Schema(description = "Its last day, included.") LocalDate end,
                        BigDecimal budgetHours,
                        BigDecimal usedHours,
                        @Schema(description = "Below zero once the budget is overrun.") BigDecimal remainingHours,
                        @Schema(description = "In percent to one decimal; past 100 when overrun.")
                        BigDecimal percentUsed) {

    static SharedPeriodJson of(PeriodUse use) {
        return new SharedPeriodJson(use.period().start(), use.period().end(), Hours.of(use.budgetMinutes()),
                Hours.of(use.used().minutes()), Hours.of(use.remainingMinutes()), use.percentUsed());
    }
}
