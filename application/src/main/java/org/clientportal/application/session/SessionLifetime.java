package org.clientportal.application.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session lives: {@code idle} after its last request (sliding), and never longer than
 * {@code absolute} after sign-in, however busy — so a stolen cookie cannot be kept alive forever.
 */
public record SessionLifetime(Duration idle, Duration absolute) {

    public SessionLifetime {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session needs a positive idle time no longer than its absolute lifetime");
        }
    }
}
