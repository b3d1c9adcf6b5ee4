package org.clientportal.application.client;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of clients can be sorted by (each ascending, or descending with {@code -}). */
public enum ClientSort implements SortField {
    NAME("name", SortValue.Kind.TEXT),
    CREATED_AT("createdAt", SortValue.Kind.TIME),
    UPDATED_AT("updatedAt", SortValue.Kind.TIME);

    private final String wireName;
    private final SortValue.Kind kind;

    ClientSort(String wireName, SortValue.Kind kind) {
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
