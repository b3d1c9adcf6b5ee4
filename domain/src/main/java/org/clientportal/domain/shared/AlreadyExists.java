package org.clientportal.domain.shared;

/** A uniqueness rule was hit: a slug, an email or a key is taken. */
public final class AlreadyExists extends DomainError {

    private static final long serialVersionUID = 1L;

    public AlreadyExists(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
