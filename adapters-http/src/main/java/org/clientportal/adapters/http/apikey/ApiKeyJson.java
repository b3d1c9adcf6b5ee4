package org.clientportal.adapters.http.apikey;

import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.access.ApiKey;

/** A key as listed: never its secret or digest. */
public record ApiKeyJson(String id, String name, String role, String createdBy, Instant createdAt,
                         Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public static ApiKeyJson of(ApiKey key) {
        return new ApiKeyJson(key.id().toString(), key.name(), WireNames.of(key.role()),
                "operator:" + key.createdBy(), key.createdAt(), key.expiresAt().orElse(null), key.lastUsedAt().orElse(null), key.revokedAt().orElse(null));
    }
}
