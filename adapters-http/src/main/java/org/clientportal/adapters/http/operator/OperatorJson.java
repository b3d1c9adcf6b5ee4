package org.clientportal.adapters.http.operator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;

/** An operator as the API shows it: never the password hash. */
@Schema(name = "Operator", description = "A member of the agency's team. Never carries the password or its hash.")
public record OperatorJson(@Schema(description = "Opaque id.") String id,
                           @Schema(format = "email") String email,
                           String name,
                           @Schema(implementation = Role.class) String role,
                           @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                   + " quotes.") long version,
                           @Schema(description = "When the operator was added.") Instant createdAt,
                           @Schema(description = "When the operator last changed.") Instant updatedAt) {

    public static OperatorJson of(Operator operator) {
        return new OperatorJson(operator.id().toString(), operator.email().value(), operator.name(),
                WireNames.of(operator.role()), operator.version(), operator.createdAt(), operator.updatedAt());
    }
}
