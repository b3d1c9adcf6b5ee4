package org.clientportal.application.agenda;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** Work coming due is read soonest first. */
public enum DueSort implements SortField {
    DUE_DATE(new Key("dueDate", SortValue.Kind.OPTIONAL_DATE));

    private final Key key;

    DueSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
