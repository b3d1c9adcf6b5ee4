package org.clientportal.application.port;

import java.time.Duration;

/** Fixed-window counters shared by every API replica. */
public interface RateLimiter {

    /** Counts one hit in the bucket and says whether it is within the limit for the window. */
    RateDecision hit(String bucket, int limit, Duration window);

    /**
     * Whether the bucket already holds {@code limit} hits in its open window, without counting one:
     * for limits on failures, which are checked before an attempt and counted only when it fails.
     */
    RateDecision peek(String bucket, int limit);

    record RateDecision(boolean allowed, Duration retryAfter) {
    }
}
