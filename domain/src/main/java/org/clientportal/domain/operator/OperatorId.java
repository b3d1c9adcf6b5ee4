package org.clientportal.domain.operator;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record OperatorId(UUID value) {

    public OperatorId {
        Objects.requireNonNull(value, "operator id");
    }

    public static OperatorId parse(String raw) {
        return new OperatorId(Ids.parseOrNotFound("operator", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
