package org.clientportal.domain.shared;

/** A business rule refused the change. */
public final class RuleViolated extends DomainError {

    private static final long serialVersionUID = 1L;

    public RuleViolated(Rejection rejection) {
        super(rejection.kind(), rejection.code(), rejection.reason());
    }
}
