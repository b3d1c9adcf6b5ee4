package org.clientportal.application.contact;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields a client's contacts can be sorted by (each ascending, or descending with {@code -}). */
public enum ContactSort implements SortField {
    NAME(new Key("name", SortValue.Kind.TEXT)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    ContactSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
