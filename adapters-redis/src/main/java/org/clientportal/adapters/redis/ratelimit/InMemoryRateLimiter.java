package org.clientportal.adapters.redis.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RateLimiter;

/** Counters of a single node run without Redis. */
public final class InMemoryRateLimiter implements RateLimiter {

    // Buckets are keyed by client address and the like; past this many, ended windows are dropped.
    private static final int PRUNE_ABOVE = 10_000;

    private record Window(Instant end, long hits) {

        boolean isOpenAt(Instant now) {
            return end.isAfter(now);
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateDecision hit(String bucket, int limit, Duration window) {
        FixedWindow.requireValid(limit, window);
        Instant now = clock.now();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(open -> !open.isOpenAt(now));
        }
        Window current = windows.compute(bucket, (key, open) -> open != null && open.isOpenAt(now)
                ? new Window(open.end(), open.hits() + 1)
                : new Window(now.plus(window), 1));
        return FixedWindow.decide(current.hits(), limit, Duration.between(now, current.end()));
    }

    @Override
    public RateDecision peek(String bucket, int limit) {
        FixedWindow.requireValid(limit, Duration.ofMillis(1));
        Instant now = clock.now();
        Window open = windows.get(bucket);
        if (open == null || !open.isOpenAt(now)) {
            return FixedWindow.full(0, limit, Duration.ZERO);
        }
        return FixedWindow.full(open.hits(), limit, Duration.between(now, open.end()));
    }
}
