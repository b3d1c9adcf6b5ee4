package org.clientportal.domain.shared;

/** The broad family an error belongs to; adapters translate each kind once (HTTP: to a status). */
public enum ErrorKind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    PRECONDITION_FAILED,
    UNPROCESSABLE,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    RATE_LIMITED,
    UNAVAILABLE
}
