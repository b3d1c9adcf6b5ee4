package org.clientportal.application.apikey;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of API keys can be sorted by (each ascending, or descending with {@code -}). */
public enum ApiKeySort implements SortField {
    CREATED_AT("createdAt", SortValue.Kind.TIME),
    NAME("name", SortValue.Kind.TEXT);

    private final String wireName;
    private final SortValue.Kind kind;

    ApiKeySort(String wireName, SortValue.Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public SortValue.Kind kind() {
        return kind;
    }
}
