package org.clientportal.application.project;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of projects can be sorted by (each ascending, or descending with {@code -}). */
public enum ProjectSort implements SortField {
    NAME(new Key("name", SortValue.Kind.TEXT)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME)),
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME)),
    DUE_DATE(new Key("dueDate", SortValue.Kind.OPTIONAL_DATE));

    private final Key key;

    ProjectSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
