package org.clientportal.adapters.http.apikey;

import java.time.Instant;
import org.clientportal.application.apikey.IssuedApiKey;

/** A key just issued, with its token; {@code key} is null when a repeated request replays the answer. */
record IssuedApiKeyJson(String id, String key, String name, String role, String createdBy, Instant createdAt,
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
