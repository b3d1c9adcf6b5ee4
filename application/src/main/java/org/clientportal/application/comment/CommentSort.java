package org.clientportal.application.comment;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The order comments can be listed in: when they were posted (oldest first, as a conversation reads). */
public enum CommentSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    CommentSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
