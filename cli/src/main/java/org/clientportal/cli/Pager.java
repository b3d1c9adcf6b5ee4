package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a list's cursors until it ends or {@code --limit} items are in. Each request asks for no more
 * than are still wanted, so a page is never cut short and the last {@code nextCursor} marks exactly
 * where a capped list stopped.
 */
final class Pager {

    record Page(List<JsonNode> items, String nextCursor) {
    }

    private Pager() {
    }

    static Page collect(ApiClient api, String path, Query query, ListOptions options) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            int wanted = options.limit == null ? options.pageSize : Math.min(options.pageSize, options.limit - items.size());
            Query page = query.plus("limit", wanted);
            JsonNode answer = api.get(path, cursor == null ? page : page.plus("cursor", cursor)).json();
            answer.path("items").forEach(items::add);
            cursor = answer.path("nextCursor").isTextual() ? answer.path("nextCursor").asText() : null;
        } while (cursor != null && (options.limit == null || items.size() < options.limit));
        return new Page(items, cursor);
    }
}
