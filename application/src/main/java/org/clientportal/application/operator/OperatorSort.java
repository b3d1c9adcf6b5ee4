package org.clientportal.application.operator;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of operators can be sorted by (each ascending, or descending with {@code -}). */
public enum OperatorSort implements SortField {
    NAME(new Key("name", SortValue.Kind.TEXT)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    OperatorSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
