package org.clientportal.application.report;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The orders reports can be listed in: when they were drafted or last changed (newest first unless asked otherwise). */
public enum ReportSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME)),
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME));

    private final Key key;

    ReportSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
