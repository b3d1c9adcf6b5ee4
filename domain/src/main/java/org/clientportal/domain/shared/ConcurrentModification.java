package org.clientportal.domain.shared;

import java.util.Map;

/** Someone else changed the record between our read and our write. */
public final class ConcurrentModification extends DomainError {

    private static final long serialVersionUID = 1L;

    public ConcurrentModification(String entity, String id) {
        super(ErrorKind.CONFLICT, "concurrent-modification",
                "The " + entity + " " + id + " was changed by someone else; reload and try again",
                Map.of("entity", entity, "id", id));
    }
}
