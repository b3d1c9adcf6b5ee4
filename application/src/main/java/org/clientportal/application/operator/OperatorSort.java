package org.clientportal.application.operator;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of operators can be sorted by (each ascending, or descending with {@code -}). */
public enum OperatorSort implements SortField {
    NAME("name", SortValue.Kind.TEXT),
    CREATED_AT("createdAt", SortValue.Kind.TIME);

    private final String wireName;
    private final SortValue.Kind kind;

    OperatorSort(String wireName, SortValue.Kind kind) {
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
