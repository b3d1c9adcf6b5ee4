package org.clientportal.application.shared;

import java.util.Objects;

/**
 * A field a list can be sorted by: its name in the API and the kind of value it orders by. Each
 * list's fields are an enum implementing this, holding one {@link Key} per constant.
 */
public interface SortField {

    /** The name and kind of one field. */
    record Key(String wireName, SortValue.Kind kind) {

        public Key {
            Objects.requireNonNull(wireName, "wireName");
            Objects.requireNonNull(kind, "kind");
        }
    }

    Key key();

    /** As the API writes it: the item's property name ({@code createdAt}). */
    default String wireName() {
        return key().wireName();
    }

    default SortValue.Kind kind() {
        return key().kind();
    }
}
