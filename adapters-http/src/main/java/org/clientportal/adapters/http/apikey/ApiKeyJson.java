package org.clientportal.adapters.http.apikey;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyScope;

/** A key as listed: never its secret or digest. */
@Schema(name = "ApiKey", description = "An API key as listed: never its secret.")
public record ApiKeyJson(@Schema(description = "Opaque id.") String id,
                         @Schema(description = "A label for the key.") String name,
                         @Schema(ref = "#/components/schemas/ApiKeyRole") String role,
                         @ArraySchema(schema = @Schema(allowableValues = {"full", "read", "metrics:write"}),
                                 arraySchema = @Schema(description = "What the key is for, narrowing its role."))
                         List<String> scopes,
                         @Schema(description = "The operator who issued the key (`operator:<id>`); the key never acts"
                                 + " with more than their current role.") String createdBy,
                         @Schema(description = "When the key was issued.") Instant createdAt,
                         @Schema(nullable = true, description = "When the key stops working; null: never.")
                         Instant expiresAt,
                         @Schema(nullable = true, description = "When the key last authenticated a request (recorded"
                                 + " at most once a minute); null if never.") Instant lastUsedAt,
                         @Schema(nullable = true, description = "When the key was revoked; null while it is live.")
                         Instant revokedAt) {

    public static ApiKeyJson of(ApiKey key) {
        return new ApiKeyJson(key.id().toString(), key.name(), WireNames.of(key.role()),
                key.scopes().stream().map(ApiKeyScope::wireName).sorted().toList(), "operator:" + key.createdBy(),
                key.createdAt(), key.expiresAt().orElse(null), key.lastUsedAt().orElse(null),
                key.revokedAt().orElse(null));
    }
}
