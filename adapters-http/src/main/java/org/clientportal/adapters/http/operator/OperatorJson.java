package org.clientportal.adapters.http.operator;

import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.operator.Operator;

/** An operator as the API shows it: never the password hash. */
public record OperatorJson(String id, String email, String name, String role, long version, Instant createdAt,
                           Instant updatedAt) {

    public static OperatorJson of(Operator operator) {
        return new OperatorJson(operator.id().toString(), operator.email().value(), operator.name(),
                WireNames.of(operator.role()), operator.version(), operator.createdAt(), operator.updatedAt());
    }
}
