package org.clientportal.application.search;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** Search hits come in one order: best match first, then by record type and id. */
public enum SearchSort implements SortField {
    RANK(new Key("rank", SortValue.Kind.RELEVANCE));

    private final Key key;

    SearchSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
