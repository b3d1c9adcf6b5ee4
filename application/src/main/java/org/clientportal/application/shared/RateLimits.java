package org.clientportal.application.shared;

import java.time.Duration;
import org.clientportal.application.port.RateLimiter;

/** Counts a hit against one limit and refuses with 429 semantics when it is spent. */
public final class RateLimits {

    /** One named limit: how many hits per window. */
    public record Limit(String what, int hits, Duration window) {
    }

    private final RateLimiter limiter;

    public RateLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public void spend(Limit limit, String bucket) {
        RateLimiter.RateDecision decision = limiter.hit(bucket, limit.hits(), limit.window());
        if (!decision.allowed()) {
            throw new TooManyRequests(limit.what(), decision.retryAfter());
        }
    }
}
