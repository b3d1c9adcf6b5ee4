package org.clientportal.adapters.redis.ratelimit;

import java.time.Duration;
import org.clientportal.application.port.RateLimiter.RateDecision;

/** The fixed-window rule both limiters apply, so the single-node one cannot drift from the Redis one. */
final class FixedWindow {

    private FixedWindow() {
    }

    static void requireValid(int limit, Duration window) {
        if (limit < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("A rate limit needs limit >= 1 and a window of at least 1 ms");
        }
    }

    /** A bucket that already holds {@code limit} hits refuses the next attempt until its window ends. */
    static RateDecision full(long hitsInWindow, int limit, Duration windowLeft) {
        return hitsInWindow < limit
                ? new RateDecision(true, Duration.ZERO)
                : new RateDecision(false, windowLeft);
    }

    /** Refused hits still count, so a client hammering past the limit stays refused until the window ends. */
    static RateDecision decide(long hitsInWindow, int limit, Duration windowLeft) {
        return hitsInWindow <= limit
                ? new RateDecision(true, Duration.ZERO)
                : new RateDecision(false, windowLeft);
    }
}
