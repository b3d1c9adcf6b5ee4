package org.clientportal.application.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay works through the outbox: how many events a pass claims, how long a claim holds off
 * other relays, and how long a failed event waits before its next try (doubling from
 * {@code firstRetry} up to {@code lastRetry}, forever: an event is never given up).
 */
public record RelaySettings(int batch, Duration lease, Duration firstRetry, Duration lastRetry) {

    public static final RelaySettings DEFAULT = new RelaySettings(50, Duration.ofMinutes(2), Duration.ofSeconds(5),
            Duration.ofMinutes(10));

    public RelaySettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(lastRetry, "lastRetry");
        if (batch < 1 || lease.isNegative() || lease.isZero() || firstRetry.isNegative() || lastRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("a relay claims at least one event, for a while, and retries later and later");
        }
    }

    /** The wait before the next try of an event tried {@code attempts} times (1 after its first failure). */
    public Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(lastRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(lastRetry) > 0 ? lastRetry : wait;
    }
}
