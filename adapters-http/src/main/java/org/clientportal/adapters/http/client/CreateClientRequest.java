package org.clientportal.adapters.http.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.client.ClientProfile;

public record CreateClientRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ClientProfile.NAME_MAX) String name,
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
        @Schema(nullable = true, maxLength = ClientProfile.PHONE_MAX) String phone) {
}
