package org.clientportal.domain.shared;

/** A business rule refused the change given the current state of things. */
public final class RuleViolated extends DomainError {

    private static final long serialVersionUID = 1L;

    public RuleViolated(Rejection rejection) {
        super(ErrorKind.CONFLICT, rejection.code(), rejection.reason());
    }
}
