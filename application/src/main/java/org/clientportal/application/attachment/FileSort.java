package org.clientportal.application.attachment;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The one order of the portal's list of files: when they were uploaded. */
public enum FileSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    FileSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
