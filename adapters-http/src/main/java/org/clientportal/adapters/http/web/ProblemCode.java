package org.clientportal.adapters.http.web;

import java.util.Objects;
import org.clientportal.domain.shared.ErrorKind;

/**
 * One stable problem code the API can answer, with its status and what it means to a caller. A code
 * raised as a {@code DomainError} takes its status from its kind through {@link ProblemTypes}, the
 * same mapping that answers it; a refusal the adapter makes itself names its status.
 */
public record ProblemCode(int status, String code, String meaning) {

    public ProblemCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem is a 4xx or 5xx answer, not " + status);
        }
    }

    /** A code raised as a domain error of this kind. */
    public static ProblemCode of(ErrorKind kind, String code, String meaning) {
        return new ProblemCode(ProblemTypes.status(kind), code, meaning);
    }

    /** A refusal the HTTP adapter makes itself, with its own status. */
    public static ProblemCode refusal(int status, String code, String meaning) {
        return new ProblemCode(status, code, meaning);
    }

    /** The same code, where a route gives it a more precise meaning. */
    public ProblemCode meaning(String precisely) {
        return new ProblemCode(status, code, precisely);
    }
}
