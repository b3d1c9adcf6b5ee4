package org.clientportal.adapters.http.tenant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.operator.Passwords;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.tenant.Tenant;

public record RegisterTenantRequest(
        @Schema(requiredMode = REQUIRED, description = "The agency's name.", minLength = 1, maxLength = Tenant.NAME_MAX)
        String name,
        @Schema(requiredMode = REQUIRED, description = "Letters, digits and inner hyphens; stored in lower case. Must"
                + " be free.", minLength = 1, maxLength = 40, pattern = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}[A-Za-z0-9])?$")
        String slug,
        @Schema(requiredMode = REQUIRED, format = "email", maxLength = 254)
        String ownerEmail,
        @Schema(requiredMode = REQUIRED, description = "At least " + Passwords.MIN_LENGTH + " characters and at most "
                + Passwords.MAX_BYTES + " bytes in UTF-8.", format = "password", minLength = Passwords.MIN_LENGTH)
        String ownerPassword,
        @Schema(nullable = true, description = "Defaults to the part of the email before the @.",
                maxLength = Operator.NAME_MAX)
        String ownerName) {
}
