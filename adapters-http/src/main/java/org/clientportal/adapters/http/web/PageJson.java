package org.clientportal.adapters.http.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;

/** A list answer: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record PageJson<T>(List<T> items,
                          @Schema(description = "Pass as `cursor` for the next page; null on the last page.",
                                  nullable = true) String nextCursor) {

    /** The page size every paged list takes. */
    public static final Operation.Parameter LIMIT = Operation.Parameter.query("limit", "Limit", "Page size.",
            Operation.schema("type", "integer", "minimum", 1, "maximum", PageRequest.MAX_LIMIT,
                    "default", PageRequest.DEFAULT_LIMIT));

    /** Where the next page starts. */
    public static final Operation.Parameter CURSOR = Operation.Parameter.query("cursor", "Cursor",
            "The `nextCursor` of the previous page. Opaque; stays valid when records are added.",
            Operation.schema("type", "string"));

    /**
     * The {@code sort} of one list: its orders and default come from the list's {@link Listing}, so
     * the document cannot promise an order the list does not take.
     */
    public static Operation.Parameter sort(String component, String items, Listing<?> listing) {
        return Operation.Parameter.query("sort", component, "The order of the " + items + ": one field, ascending,"
                        + " or descending with a leading `-`; rows that tie are ordered by id in the same direction."
                        + " Names compare ignoring the case of A–Z only, then by Unicode code point. A cursor is"
                        + " only good with the sort (and the filters) it was issued for.",
                Operation.schema("type", "string", "enum", Sort.wireNames(listing.fields()),
                        "default", listing.defaultSort().wireName()));
    }

    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> view) {
        return new PageJson<>(page.items().stream().map(view).toList(), page.next().map(Cursor::encode).orElse(null));
    }
}
