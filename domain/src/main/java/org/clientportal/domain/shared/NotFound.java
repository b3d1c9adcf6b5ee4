package org.clientportal.domain.shared;

import java.util.Map;

/** The thing does not exist for this tenant; another tenant's id is indistinguishable from none. */
public final class NotFound extends DomainError {

    private static final long serialVersionUID = 1L;

    public NotFound(String entity, String id) {
        super(ErrorKind.NOT_FOUND, "not-found", "No " + entity + " with id " + id,
                Map.of("entity", entity, "id", id));
    }
}
