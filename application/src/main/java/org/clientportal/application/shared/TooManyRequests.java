package org.clientportal.application.shared;

import java.time.Duration;
import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A rate limit was reached; the caller may retry after the given time. */
public final class TooManyRequests extends DomainError {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String what, Duration retryAfter) {
        super(ErrorKind.RATE_LIMITED, "rate-limited",
                "Too many " + what + "; retry in " + Math.max(1, retryAfter.toSeconds()) + " s",
                Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
