package org.clientportal.application.shared;

import java.time.Duration;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.RateLimiter;

/**
 * Counts hits against named limits and refuses with 429 semantics when one is spent. Buckets are
 * named {@code <kind>:<sha-256 of who>}, so that the shared store never holds an email address or a
 * client address in clear.
 */
public final class RateLimits {

    /** One named limit: how many hits per window. */
    public record Limit(String what, int hits, Duration window) {
    }

    private final RateLimiter limiter;
    private final Digests digests;

    public RateLimits(RateLimiter limiter, Digests digests) {
        this.limiter = limiter;
        this.digests = digests;
    }

    /** Counts this attempt; refuses it when it is one too many. */
    public void spend(Limit limit, String kind, String who) {
        refuseUnless(limit, limiter.hit(bucket(kind, who), limit.hits(), limit.window()));
    }

    /** Refuses, without counting anything, when earlier failures have spent the limit. */
    public void requireNotSpent(Limit limit, String kind, String who) {
        refuseUnless(limit, limiter.peek(bucket(kind, who), limit.hits()));
    }

    /** Counts one failure against a limit checked with {@link #requireNotSpent}. */
    public void countFailure(Limit limit, String kind, String who) {
        limiter.hit(bucket(kind, who), limit.hits(), limit.window());
    }

    private String bucket(String kind, String who) {
        return kind + ":" + digests.sha256(who);
    }

    private static void refuseUnless(Limit limit, RateLimiter.RateDecision decision) {
        if (!decision.allowed()) {
            throw new TooManyRequests(limit.what(), decision.retryAfter());
        }
    }
}
