package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;

/** A client's budgets over a range of days, each with the periods that share a day with it. */
public record ClientCapacity(ClientId clientId, LocalDate from, LocalDate to, List<BudgetUse> budgets) {

    public ClientCapacity {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        budgets = List.copyOf(budgets);
    }
}
