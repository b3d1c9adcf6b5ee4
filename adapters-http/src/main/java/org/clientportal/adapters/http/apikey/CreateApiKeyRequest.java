package org.clientportal.adapters.http.apikey;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.access.ApiKey;

public record CreateApiKeyRequest(
        @Schema(requiredMode = REQUIRED, description = "A label for the key.", minLength = 1, maxLength = ApiKey.NAME_MAX)
        String name,
        @Schema(ref = "#/components/schemas/ApiKeyRole", nullable = true,
                description = "Defaults to `member`; never above the issuer's own role.")
        String role,
        @Schema(nullable = true, format = "date-time", description = "When the key stops working, an ISO-8601 time in"
                + " the future (e.g. `2027-01-31T00:00:00Z`); left out or null: never.")
        String expiresAt) {
}
