package org.clientportal.application.task;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of tasks can be sorted by (each ascending, or descending with {@code -}). */
public enum TaskSort implements SortField {
    TITLE(new Key("title", SortValue.Kind.TEXT)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME)),
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME)),
    DUE_DATE(new Key("dueDate", SortValue.Kind.OPTIONAL_DATE));

    private final Key key;

    TaskSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
