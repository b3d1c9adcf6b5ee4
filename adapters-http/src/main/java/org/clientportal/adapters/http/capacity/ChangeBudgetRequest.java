package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;
import org.clientportal.adapters.http.web.PatchBody;

/** The body of {@code PATCH /api/v1/capacity-budgets/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "CapacityBudgetChanges", description = "A partial update: a field left out keeps its value. How the"
        + " budget repeats and its first day stay, since they place every period already counted.")
record ChangeBudgetRequest(@Schema(minimum = "0.01", maximum = "10000") BigDecimal hours,
                           @Schema(nullable = true, format = "date", description = "null: no last day (not for a"
                                   + " custom budget).") String endsOn,
                           Boolean clientVisible) {

    static final Map<String, PatchBody.Kind> FIELDS = Map.of("hours", PatchBody.Kind.DECIMAL,
            "endsOn", PatchBody.Kind.TEXT, "clientVisible", PatchBody.Kind.FLAG);
}
