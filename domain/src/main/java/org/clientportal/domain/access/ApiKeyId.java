package org.clientportal.domain.access;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "api key id");
    }

    public static ApiKeyId parse(String raw) {
        return new ApiKeyId(Ids.parseOrNotFound("api key", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
