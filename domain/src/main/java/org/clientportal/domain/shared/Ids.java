package org.clientportal.domain.shared;

import java.util.Optional;
import java.util.UUID;

/** Parsing of the opaque string ids that callers send. */
public final class Ids {

    private Ids() {
    }

    /** An id that does not parse names nothing, so it is simply not found. */
    public static UUID parseOrNotFound(String entity, String raw) {
        return tryParse(raw).orElseThrow(() -> new NotFound(entity, String.valueOf(raw)));
    }

    public static Optional<UUID> tryParse(String raw) {
        if (raw == null || raw.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
