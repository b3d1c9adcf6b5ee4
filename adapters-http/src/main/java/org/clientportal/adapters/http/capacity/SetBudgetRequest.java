package org.clientportal.adapters.http.capacity;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.clientportal.domain.capacity.BudgetPeriod;

/** The body of {@code POST /api/v1/clients/{id}/capacity-budgets}. */
record SetBudgetRequest(
        @Schema(requiredMode = REQUIRED, minimum = "0.01", maximum = "10000", description = "Hours a period,"
                + " in hundredths at most (`37.5`).") BigDecimal hours,
        @Schema(nullable = true, implementation = BudgetPeriod.class, description = "`month` when left out: from"
                + " `startsOn` to the day before the same day of the next month. `week`: seven days. `custom`: from"
                + " `startsOn` to `endsOn`, once.") String period,
        @Schema(nullable = true, format = "date", description = "The first period's first day; today (UTC) when left"
                + " out.") String startsOn,
        @Schema(nullable = true, format = "date", description = "The last day counted (the last period ends on it);"
                + " required for `custom`. Left out, the budget repeats for good.") String endsOn,
        @Schema(nullable = true, description = "`false` when left out: only the agency sees it. `true` shows it, with"
                + " the hours used and left, to the client's contacts.") Boolean clientVisible) {
}
