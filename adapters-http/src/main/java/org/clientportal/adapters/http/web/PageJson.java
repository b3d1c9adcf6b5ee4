package org.clientportal.adapters.http.web;

import java.util.List;
import java.util.function.Function;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;

/** A list answer: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record PageJson<T>(List<T> items, String nextCursor) {

    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> view) {
        return new PageJson<>(page.items().stream().map(view).toList(), page.next().map(Cursor::encode).orElse(null));
    }
}
