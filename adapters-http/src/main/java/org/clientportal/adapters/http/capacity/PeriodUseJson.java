package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.application.capacity.PeriodUse;

/** One period of a budget as the agency sees it. */
@Schema(name = "CapacityPeriod", description = "One period of a budget: its hours, used and left, and its crossings.")
public record PeriodUseJson(@Schema(description = "The period's first day.") LocalDate start,
                     @Schema(description = "Its last day, included.") LocalDate end,
                     BigDecimal budgetHours,
                     @Schema(description = "Every time entry's hours on the period's days.") BigDecimal usedHours,
                     @Schema(description = "Below zero once the budget is overrun.") BigDecimal remainingHours,
                     long usedMinutes,
                     @Schema(description = "Of the minutes used, the billable ones.") long billableMinutes,
                     @Schema(description = "Hours used of the budget's, in percent to one decimal; past 100 when"
                             + " overrun.") BigDecimal percentUsed,
                     @Schema(nullable = true, description = "When the period reached 80 % (`capacity.warning`).")
                     Instant warningRaisedAt,
                     @Schema(nullable = true, description = "When it reached 100 % (`capacity.exceeded`).")
                     Instant exceededRaisedAt) {

    static PeriodUseJson of(PeriodUse use) {
        return new PeriodUseJson(use.period().start(), use.period().end(), Hours.of(use.budgetMinutes()),
                Hours.of(use.used().minutes()), Hours.of(use.remainingMinutes()), use.used().minutes(),
                use.used().billableMinutes(), use.percentUsed(), use.warningRaisedAt().orElse(null),
                use.exceededRaisedAt().orElse(null));
    }
}
