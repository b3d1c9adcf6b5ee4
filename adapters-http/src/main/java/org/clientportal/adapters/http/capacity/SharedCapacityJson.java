package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.capacity.BudgetUse;
import org.clientportal.application.capacity.ClientCapacity;
import org.clientportal.domain.capacity.BudgetPeriod;

/** The capacity the agency shares with a client, as its contacts see it. */
@Schema(name = "SharedCapacity", description = "The budgets the agency shows the client, each with its periods that"
        + " share a day with the range.")
record SharedCapacityJson(LocalDate from, LocalDate to, List<SharedBudgetJson> budgets) {

    @Schema(name = "SharedBudget", description = "A budget shown to the client, and its periods in the range.")
    record SharedBudgetJson(String id, BigDecimal hours, @Schema(implementation = BudgetPeriod.class) String period,
                            LocalDate startsOn, @Schema(nullable = true) LocalDate endsOn,
                            List<SharedPeriodJson> periods) {

        static SharedBudgetJson of(BudgetUse use) {
            var terms = use.budget().terms();
            return new SharedBudgetJson(use.budget().id().toString(), terms.hours(), WireNames.of(terms.period()),
                    terms.startsOn(), terms.endsOn().orElse(null),
                    use.periods().stream().map(SharedPeriodJson::of).toList());
        }
    }

    static SharedCapacityJson of(ClientCapacity capacity) {
        return new SharedCapacityJson(capacity.from(), capacity.to(),
                capacity.budgets().stream().map(SharedBudgetJson::of).toList());
    }
}
