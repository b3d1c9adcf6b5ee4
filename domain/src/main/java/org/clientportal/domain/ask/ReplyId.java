package org.clientportal.domain.ask;

import java.util.Objects;
import java.util.UUID;

public record ReplyId(UUID value) {

    public ReplyId {
        Objects.requireNonNull(value, "reply id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
