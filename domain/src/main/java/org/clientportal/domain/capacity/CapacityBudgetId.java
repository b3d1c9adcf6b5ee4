package org.clientportal.domain.capacity;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record CapacityBudgetId(UUID value) {

    public CapacityBudgetId {
        Objects.requireNonNull(value, "capacity budget id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static CapacityBudgetId parse(String raw) {
        return new CapacityBudgetId(Ids.parseOrNotFound("capacity-budget", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
