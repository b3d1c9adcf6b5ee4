package org.clientportal.adapters.http.client;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientProfile;

public record IntakeRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ClientProfile.NAME_MAX) String name,
        @Schema(requiredMode = REQUIRED, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
        @Schema(nullable = true, maxLength = Client.INTAKE_MESSAGE_MAX) String message) {
}
