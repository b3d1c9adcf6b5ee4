package org.clientportal.application.capacity;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The orders time entries can be listed in: the day worked (newest first by default), or when they were logged. */
public enum TimeEntrySort implements SortField {
    DATE(new Key("date", SortValue.Kind.OPTIONAL_DATE)),
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    TimeEntrySort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
