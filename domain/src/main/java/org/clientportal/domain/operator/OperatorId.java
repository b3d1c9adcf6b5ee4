package org.clientportal.domain.operator;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record OperatorId(UUID value) {

    public OperatorId {
        Objects.requireNonNull(value, "operator id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static OperatorId parse(String raw) {
        return new OperatorId(Ids.parseOrNotFound("operator", raw));
    }

    /** For ids in bodies and filters: a malformed one is bad input. */
    public static OperatorId of(String raw) {
        return new OperatorId(Ids.tryParse(raw).orElseThrow(() -> new IllegalArgumentException("must be an operator id")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
