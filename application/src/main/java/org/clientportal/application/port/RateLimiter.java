package org.clientportal.application.port;

import java.time.Duration;

/** Fixed-window counters shared by every API replica. */
public interface RateLimiter {

    /** Counts one hit in the bucket and says whether it is within the limit for the window. */
    RateDecision hit(String bucket, int limit, Duration window);

    record RateDecision(boolean allowed, Duration retryAfter) {
    }
}
