package org.clientportal.domain.ask;

import java.util.Objects;
import java.util.UUID;

/** An ask's stable id; people and links use its key ({@code ACME-43}), which asks share with tasks. */
public record AskId(UUID value) {

    public AskId {
        Objects.requireNonNull(value, "ask id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
