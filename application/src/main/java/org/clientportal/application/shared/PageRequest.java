package org.clientportal.application.shared;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * One page of a list to read: how many items, in which order, and after which position (none: the
 * first page). The scope says what the cursors of the following pages are bound to; the
 * repositories hand it on without looking at it.
 */
public record PageRequest<F extends Enum<F> & SortField>(int limit, Sort<F> sort, ListScope scope,
                                                          Optional<Position> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (!scope.sort().equals(sort.wireName())) {
            throw new IllegalArgumentException("the scope " + scope + " is not of the order " + sort.wireName());
        }
        after.ifPresent(position -> {
            if (position.key().kind() != sort.field().kind()) {
                throw new IllegalArgumentException("the position " + position + " is not one in " + sort.wireName());
            }
        });
    }

    /** The cursor of the page that follows a page ending at this position. */
    public Cursor cursorAfter(Position last) {
        return new Cursor(scope, last);
    }
}
