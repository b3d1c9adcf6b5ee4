package org.clientportal.application.portal;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** A feed reads by when things happened, newest first. */
public enum FeedSort implements SortField {
    AT(new Key("at", SortValue.Kind.TIME));

    private final Key key;

    FeedSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
