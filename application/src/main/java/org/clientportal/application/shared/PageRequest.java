package org.clientportal.application.shared;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.ValidationFailed;

/** How many items to return and where to start. */
public record PageRequest(int limit, Optional<Cursor> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
