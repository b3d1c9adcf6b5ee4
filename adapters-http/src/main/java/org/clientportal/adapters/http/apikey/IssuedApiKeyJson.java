package org.clientportal.adapters.http.apikey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.application.apikey.IssuedApiKey;

/** A key just issued, with its token; {@code key} is null when a repeated request replays the answer. */
@Schema(name = "IssuedApiKey", description = "A key just issued, with its secret.")
record IssuedApiKeyJson(@Schema(description = "Opaque id.") String id,
                        @Schema(nullable = true, pattern = "^cmp_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$", description = "The"
                                + " secret bearer token, `cmp_<tenant>_<secret>`. Shown only in this response: store it"
                                + " now. A repeat of the request with the same Idempotency-Key answers null here: the key"
                                + " is never stored to be shown again.") String key,
                        @Schema(description = "A label for the key.") String name,
                        @Schema(ref = "#/components/schemas/ApiKeyRole") String role,
                        @Schema(description = "The operator who issued the key (`operator:<id>`).") String createdBy,
                        @Schema(description = "When the key was issued.") Instant createdAt,
                        @Schema(nullable = true, description = "When the key stops working; null: never.")
                        Instant expiresAt) {

    static IssuedApiKeyJson of(IssuedApiKey issued) {
        ApiKeyJson view = ApiKeyJson.of(issued.key());
        return new IssuedApiKeyJson(view.id(), issued.token(), view.name(), view.role(), view.createdBy(),
                view.createdAt(), view.expiresAt());
    }

    /** The same answer without the token: a key is shown once, and is never stored to be shown again. */
    IssuedApiKeyJson withoutKey() {
        return new IssuedApiKeyJson(id, null, name, role, createdBy, createdAt, expiresAt);
    }
}
