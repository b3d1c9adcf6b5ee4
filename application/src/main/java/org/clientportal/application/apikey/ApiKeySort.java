package org.clientportal.application.apikey;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of API keys can be sorted by (each ascending, or descending with {@code -}). */
public enum ApiKeySort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME)),
    NAME(new Key("name", SortValue.Kind.TEXT));

    private final Key key;

    ApiKeySort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
