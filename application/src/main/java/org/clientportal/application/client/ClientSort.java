package org.clientportal.application.client;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of clients can be sorted by (each ascending, or descending with {@code -}). */
public enum ClientSort implements SortField {
    NAME(new Key("name", SortValue.Kind.TEXT)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME)),
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME));

    private final Key key;

    ClientSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
