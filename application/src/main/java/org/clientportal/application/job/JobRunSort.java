package org.clientportal.application.job;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** Runs are listed by when they started, newest first. */
public enum JobRunSort implements SortField {
    STARTED_AT(new Key("startedAt", SortValue.Kind.TIME));

    private final Key key;

    JobRunSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
