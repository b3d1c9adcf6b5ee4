package org.clientportal.application.search;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;

/**
 * A record a search found: its kind and id (and its key, for a task), a title to show it by, an
 * excerpt of its text with the matches highlighted, and how well it matched (higher is better;
 * comparable within one search only).
 */
public record SearchHit(SearchType type, UUID id, Optional<String> key, String title, Snippet snippet, float rank) {

    /** The longest title a hit shows: an update's is the start of its first line. */
    public static final int TITLE_MAX = 200;

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }

    /** Where this hit sits in the order of hits: rank (descending), then type and id. */
    public Position position() {
        return new Position(new SortValue.Relevance(rank, SearchTypes.wireName(type)), id);
    }
}
