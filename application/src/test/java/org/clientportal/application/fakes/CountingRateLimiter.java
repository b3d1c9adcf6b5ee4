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

    /** Every bucket counted so far, for assertions on how buckets are named. */
    public synchronized java.util.Set<String> buckets() {
        return java.util.Set.copyOf(hits.keySet());
    }

    @Override
    public synchronized RateDecision peek(String bucket, int limit) {
        return hits.getOrDefault(bucket, 0) < limit ? new RateDecision(true, Duration.ZERO)
                : new RateDecision(false, Duration.ofMinutes(1));
    }
}
