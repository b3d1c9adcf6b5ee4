package org.clientportal.domain.contact;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "contact id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static ContactId parse(String raw) {
        return new ContactId(Ids.parseOrNotFound("contact", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
