package org.clientportal.application.fakes;

import java.time.Duration;
import java.time.Instant;
import org.clientportal.application.port.Clock;

/** A clock that stands still until a test moves it. */
public final class FixedClock implements Clock {

    private Instant now;

    public FixedClock(Instant start) {
        this.now = start;
    }

    public FixedClock() {
        this(Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
