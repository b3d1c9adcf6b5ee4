package org.clientportal.application.search;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Validation;

/**
 * One search: the text as the caller wrote it (web-search syntax: words, {@code "a phrase"},
 * {@code or}, {@code -word}; every word also matches as the start of a longer one, accents and case
 * ignored), the record types to look in, and, for a client's contacts, the client whose
 * client-visible records alone may be found.
 */
public record SearchQuery(String text, Set<SearchType> types, Optional<ClientId> sharedWith) {

    public static final int TEXT_MAX = 200;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        types = Set.copyOf(types);
        Objects.requireNonNull(sharedWith, "sharedWith");
    }

    /**
     * Checks what a caller sent: {@code q} is required, one line of at most {@value #TEXT_MAX}
     * characters; {@code types} names some of {@code allowed} (none: all of them).
     */
    static SearchQuery read(String q, String types, Set<SearchType> allowed, Optional<ClientId> sharedWith) {
        Validation v = new Validation();
        String text = v.requiredText("q", q, TEXT_MAX);
        Set<SearchType> chosen = SearchTypes.read(v, types, allowed);
        v.done();
        return new SearchQuery(text, chosen, sharedWith);
    }

    /** Whether records of this type are searched. */
    public boolean includes(SearchType type) {
        return types.contains(type);
    }

    /** The search written one way only (types in their order), for binding cursors to it. */
    public String canonical() {
        return "q=" + text + "&types=" + SearchTypes.names(types)
                + "&sharedWith=" + sharedWith.map(ClientId::toString).orElse("");
    }
}
