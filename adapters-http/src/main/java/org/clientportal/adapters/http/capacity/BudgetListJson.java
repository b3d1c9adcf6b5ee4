package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.domain.capacity.BudgetRules;
import org.clientportal.domain.capacity.CapacityBudget;

/** A client's budgets, all of them: a client has at most 20. */
@Schema(name = "CapacityBudgetList", description = "Every budget of the client, oldest first.")
record BudgetListJson(@ArraySchema(maxItems = BudgetRules.BUDGETS_PER_CLIENT_MAX) List<BudgetJson> items) {

    static BudgetListJson of(List<CapacityBudget> budgets) {
        return new BudgetListJson(budgets.stream().map(BudgetJson::of).toList());
    }
}
