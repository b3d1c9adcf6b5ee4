package org.clientportal.adapters.web;

import org.clientportal.domain.shared.ErrorKind;

/** The HTTP status of a page that shows a refusal of each kind: the same statuses the API answers with. */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
