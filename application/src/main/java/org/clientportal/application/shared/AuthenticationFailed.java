package org.clientportal.application.shared;

import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** No valid credentials: unknown, wrong, expired or revoked. Deliberately says no more than that. */
public final class AuthenticationFailed extends DomainError {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailed(String message) {
        super(ErrorKind.UNAUTHENTICATED, "unauthenticated", message);
    }
}
