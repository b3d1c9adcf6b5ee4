package org.clientportal.adapters.http.web;

import java.util.List;
import java.util.function.Function;

/** A whole list in one answer, for the short lists that take no cursor: {@code {"items": [...]}}. */
public record ListJson<T>(List<T> items) {

    public static <S, T> ListJson<T> of(List<S> items, Function<S, T> view) {
        return new ListJson<>(items.stream().map(view).toList());
    }
}
