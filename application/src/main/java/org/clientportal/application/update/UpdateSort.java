package org.clientportal.application.update;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The order updates can be listed in: when they were posted (newest first unless asked otherwise). */
public enum UpdateSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    UpdateSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
