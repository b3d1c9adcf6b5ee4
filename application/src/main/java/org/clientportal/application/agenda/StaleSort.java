package org.clientportal.application.agenda;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** Stale work is read longest untouched first. */
public enum StaleSort implements SortField {
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME));

    private final Key key;

    StaleSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
