package org.clientportal.application.shared;

import java.util.Objects;
import java.util.UUID;

/** Where a page ended: its last row's value in the sort field, and that row's id, which breaks ties. */
public record Position(SortValue key, UUID id) {

    public Position {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }
}
