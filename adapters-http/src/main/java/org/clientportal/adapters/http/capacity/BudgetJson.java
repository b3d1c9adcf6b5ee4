package org.clientportal.adapters.http.capacity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.CapacityBudget;

/** A capacity budget as the agency sees it. */
@Schema(name = "CapacityBudget", description = "Hours of a client's work the agency gives each period.")
public record BudgetJson(@Schema(description = "Opaque id.") String id,
                  String clientId,
                  @Schema(description = "Hours a period.") BigDecimal hours,
                  @Schema(implementation = BudgetPeriod.class) String period,
                  LocalDate startsOn,
                  @Schema(nullable = true) LocalDate endsOn,
                  boolean clientVisible,
                  @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in quotes.")
                  long version,
                  Instant createdAt,
                  Instant updatedAt) {

    static BudgetJson of(CapacityBudget b) {
        return new BudgetJson(b.id().toString(), b.clientId().toString(), b.terms().hours(),
                WireNames.of(b.terms().period()), b.terms().startsOn(), b.terms().endsOn().orElse(null),
                b.terms().clientVisible(), b.version(), b.createdAt(), b.updatedAt());
    }
}
