package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.application.capacity.BudgetUse;
import org.clientportal.application.capacity.ClientCapacity;

/** A client's capacity over a range of days, as the agency sees it. */
@Schema(name = "Capacity", description = "Each budget of the client with its periods that share a day with the"
        + " range.")
public record CapacityJson(String clientId, LocalDate from, LocalDate to, List<BudgetCapacityJson> budgets) {

    @Schema(name = "BudgetCapacity", description = "A budget and its periods in the range, oldest first.")
    public record BudgetCapacityJson(BudgetJson budget, List<PeriodUseJson> periods) {

        static BudgetCapacityJson of(BudgetUse use) {
            return new BudgetCapacityJson(BudgetJson.of(use.budget()),
                    use.periods().stream().map(PeriodUseJson::of).toList());
        }
    }

    public static CapacityJson of(ClientCapacity capacity) {
        return new CapacityJson(capacity.clientId().toString(), capacity.from(), capacity.to(),
                capacity.budgets().stream().map(BudgetCapacityJson::of).toList());
    }
}
