package org.clientportal.application.ask;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The order asks are listed in: when they were filed. */
public enum AskSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    AskSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
