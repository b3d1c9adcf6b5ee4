package org.clientportal.domain.docs;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

/** The portal's own id of a cached document or invoice. */
public record DocsRecordId(UUID value) {

    public DocsRecordId {
        Objects.requireNonNull(value, "docs record id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static DocsRecordId parse(String raw) {
        return new DocsRecordId(Ids.parseOrNotFound("document", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
