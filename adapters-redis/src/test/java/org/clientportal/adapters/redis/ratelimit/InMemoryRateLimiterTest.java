package org.clientportal.adapters.redis.ratelimit;

import java.time.Duration;
import org.clientportal.application.contract.RateLimiterContract;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.port.RateLimiter;

class InMemoryRateLimiterTest extends RateLimiterContract {

    private final FixedClock clock = new FixedClock();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
