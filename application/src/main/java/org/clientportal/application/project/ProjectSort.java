package org.clientportal.application.project;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of projects can be sorted by (each ascending, or descending with {@code -}). */
public enum ProjectSort implements SortField {
    NAME("name", SortValue.Kind.TEXT),
    CREATED_AT("createdAt", SortValue.Kind.TIME),
    UPDATED_AT("updatedAt", SortValue.Kind.TIME),
    DUE_DATE("dueDate", SortValue.Kind.OPTIONAL_DATE);

    private final String wireName;
    private final SortValue.Kind kind;

    ProjectSort(String wireName, SortValue.Kind kind) {
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
