package org.clientportal.application.fakes;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.clientportal.application.port.RateLimiter;

/** Counts hits per bucket forever: one window that never ends. */
public final class CountingRateLimiter implements RateLimiter {

    private final Map<String, Integer> hits = new HashMap<>();

    @Override
    public synchronized RateDecision hit(String bucket, int limit, Duration window) {
        int count = hits.merge(bucket, 1, Integer::sum);
        return count <= limit ? new RateDecision(true, Duration.ZERO) : new RateDecision(false, window);
    }
}
