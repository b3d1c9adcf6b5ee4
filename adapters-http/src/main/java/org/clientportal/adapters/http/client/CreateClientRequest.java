package org.clientportal.adapters.http.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.client.ClientProfile;

public record CreateClientRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ClientProfile.NAME_MAX) String name,
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
        @Schema(nullable = true, maxLength = ClientProfile.PHONE_MAX) String phone,
        @Schema(nullable = true, pattern = ClientRoutes.PREFIX_PATTERN, description = "2-10 letters or digits starting"
                + " with a letter, kept in upper case; unique within the agency. Left out, it is derived from the name"
                + " (`Acme Ltd` gives `ACMELTD`, then `ACMELTD2`, … when taken).") String taskKeyPrefix) {
}
