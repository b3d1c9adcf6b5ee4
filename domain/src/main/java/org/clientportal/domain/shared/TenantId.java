package org.clientportal.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** The agency every record belongs to. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
