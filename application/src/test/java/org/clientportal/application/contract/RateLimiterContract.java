package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.clientportal.application.port.RateLimiter;
import org.clientportal.application.port.RateLimiter.RateDecision;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} promises, in the application's test jar so that any implementation
 * can run it against itself: the Redis limiter and the single-node in-memory one do. Each test counts
 * in a bucket of its own, so a shared limiter needs no cleaning between tests.
 */
public abstract class RateLimiterContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

    private final String bucket = "login:" + UUID.randomUUID();

    /** The implementation under test, the same one on every call within a test. */
    protected abstract RateLimiter limiter();

    /** Lets time pass for the limiter: move its clock, or wait when it keeps time itself (Redis). */
    protected abstract void letTimePass(Duration duration);

    @Test
    void hitsUpToTheLimit_areAllowed_theNextIsRefusedUntilTheWindowEnds() {
        for (int hit = 1; hit <= 3; hit++) {
            assertThat(limiter().hit(bucket, 3, MINUTE)).isEqualTo(ALLOWED);
        }

        RateDecision refused = limiter().hit(bucket, 3, MINUTE);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(MINUTE);
    }

    @Test
    void refusedHits_keepBeingRefused() {
        limiter().hit(bucket, 1, MINUTE);
        limiter().hit(bucket, 1, MINUTE);

        assertThat(limiter().hit(bucket, 1, MINUTE).allowed()).isFalse();
    }

    @Test
    void anotherBucket_isUnaffected() {
        limiter().hit(bucket, 1, MINUTE);
        limiter().hit(bucket, 1, MINUTE);

        assertThat(limiter().hit(bucket + ":other", 1, MINUTE)).isEqualTo(ALLOWED);
    }

    @Test
    void aNewWindow_startsCountingAfresh() {
        Duration window = Duration.ofMillis(300);
        limiter().hit(bucket, 1, window);
        assertThat(limiter().hit(bucket, 1, window).allowed()).isFalse();

        letTimePass(window.plusMillis(100));

        assertThat(limiter().hit(bucket, 1, window)).isEqualTo(ALLOWED);
    }

    @Test
    void peeking_countsNothing_andRefusesOnceTheBucketHoldsTheLimit() {
        assertThat(limiter().peek(bucket, 2)).isEqualTo(ALLOWED);
        limiter().hit(bucket, 2, MINUTE);
        assertThat(limiter().peek(bucket, 2)).isEqualTo(ALLOWED);
        assertThat(limiter().peek(bucket, 2)).isEqualTo(ALLOWED);
        limiter().hit(bucket, 2, MINUTE);

        RateDecision full = limiter().peek(bucket, 2);

        assertThat(full.allowed()).isFalse();
        assertThat(full.retryAfter()).isPositive().isLessThanOrEqualTo(MINUTE);
    }

    @Test
    void aPeekedBucket_opensAgainWhenItsWindowEnds() {
        Duration window = Duration.ofMillis(300);
        limiter().hit(bucket, 1, window);
        assertThat(limiter().peek(bucket, 1).allowed()).isFalse();

        letTimePass(window.plusMillis(100));

        assertThat(limiter().peek(bucket, 1)).isEqualTo(ALLOWED);
    }

    @Test
    void aLimitBelowOne_orAnEmptyWindow_isAProgrammingError() {
        assertThatThrownBy(() -> limiter().hit(bucket, 0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter().hit(bucket, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
