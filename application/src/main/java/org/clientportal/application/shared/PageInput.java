package org.clientportal.application.shared;

import java.util.Optional;
import org.clientportal.domain.shared.ValidationFailed;

/** The raw {@code limit} and {@code cursor} a caller sent, checked into a {@link PageRequest}. */
public record PageInput(String limit, String cursor) {

    public static PageInput firstPage() {
        return new PageInput(null, null);
    }

    public PageRequest toRequest() {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw ValidationFailed.of("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        Optional<Cursor> after = cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(Cursor.decode(cursor));
        return new PageRequest(size, after);
    }
}
