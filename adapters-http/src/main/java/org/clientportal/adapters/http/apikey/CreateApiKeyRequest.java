package org.clientportal.adapters.http.apikey;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.domain.access.ApiKey;

public record CreateApiKeyRequest(
        @Schema(requiredMode = REQUIRED, description = "A label for the key.", minLength = 1, maxLength = ApiKey.NAME_MAX)
        String name,
        @Schema(ref = "#/components/schemas/ApiKeyRole", nullable = true,
                description = "Defaults to `member`; never above the issuer's own role.")
        String role,
        @ArraySchema(schema = @Schema(allowableValues = {"full", "read", "metrics:write"}), minItems = 1,
                uniqueItems = true, arraySchema = @Schema(nullable = true, description = "What the key is for, narrowing"
                + " its role: `full` (everything the role allows), `read` (reading only), `metrics:write` (sending"
                + " project metrics only). Left out: `full`."))
        List<String> scopes,
        @Schema(nullable = true, format = "date-time", description = "When the key stops working, an ISO-8601 time in"
                + " the future (e.g. `2027-01-31T00:00:00Z`); left out or null: never.")
        String expiresAt) {
}
