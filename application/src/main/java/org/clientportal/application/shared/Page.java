package org.clientportal.application.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Builds a page from up to {@code limit + 1} fetched rows in the request's order: the extra row
     * only proves that a next page exists, which starts after the position of the last item.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, PageRequest<?> request, Function<T, Position> positionOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(items, Optional.of(request.cursorAfter(positionOf.apply(items.get(items.size() - 1)))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
