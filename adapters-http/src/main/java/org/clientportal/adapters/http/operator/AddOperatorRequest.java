package org.clientportal.adapters.http.operator;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.operator.Passwords;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;

public record AddOperatorRequest(
        @Schema(requiredMode = REQUIRED, description = "Unique within the agency.", format = "email", maxLength = 254)
        String email,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = Operator.NAME_MAX)
        String name,
        @Schema(requiredMode = REQUIRED, implementation = Role.class)
        String role,
        @Schema(requiredMode = REQUIRED, description = "An initial password: at least " + Passwords.MIN_LENGTH
                + " characters and at most " + Passwords.MAX_BYTES + " bytes in UTF-8.", format = "password",
                minLength = Passwords.MIN_LENGTH)
        String password) {

    @Override
    public String toString() {
        return "AddOperatorRequest[email=" + email + ", name=" + name + ", role=" + role + ", password=***]";
    }
}
