package org.clientportal.application.search;

import java.util.EnumSet;
import java.util.Set;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Validation;

/** The record types a search is asked for, as the API names them ({@code client}, {@code task}, …). */
public final class SearchTypes {

    private SearchTypes() {
    }

    public static String wireName(SearchType type) {
        return Lifecycle.wireName(type);
    }

    /** The types named, comma-separated, among those the caller may search; none named: all of those. */
    static Set<SearchType> read(Validation v, String raw, Set<SearchType> allowed) {
        EnumSet<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String name : raw == null ? new String[0] : raw.split(",", -1)) {
            v.optional("types", name, SearchTypes::parse).ifPresent(type -> {
                if (allowed.contains(type)) {
                    types.add(type);
                } else {
                    v.add("types", "must be any of " + names(allowed));
                }
            });
        }
        return types.isEmpty() ? allowed : types;
    }

    private static SearchType parse(String raw) {
        for (SearchType type : SearchType.values()) {
            if (wireName(type).equals(raw)) {
                return type;
            }
        }
        throw new IllegalArgumentException("must be any of " + names(EnumSet.allOf(SearchType.class)));
    }

    /** The types a client's contacts may search. */
    static Set<SearchType> shownInPortal() {
        EnumSet<SearchType> shown = EnumSet.noneOf(SearchType.class);
        for (SearchType type : SearchType.values()) {
            if (type.shownInPortal()) {
                shown.add(type);
            }
        }
        return shown;
    }

    static String names(Set<SearchType> types) {
        return String.join(", ", types.stream().sorted().map(SearchTypes::wireName).toList());
    }
}
