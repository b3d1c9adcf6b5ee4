package org.clientportal.application.notification;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The order events are listed in: when they happened (newest first unless asked otherwise). */
public enum NotificationSort implements SortField {
    CREATED_AT(new Key("createdAt", SortValue.Kind.TIME));

    private final Key key;

    NotificationSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
