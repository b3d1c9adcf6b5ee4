package org.clientportal.adapters.notify;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.notification.Notification;

/**
 * A sender made patient and polite with resilience4j: each send is tried again after a failure,
 * waiting longer each time with random jitter, and once half of the recent sends failed the circuit
 * opens and no send is tried for a while, so a hub that is down is not hammered by every replica's
 * relay. An open circuit refuses at once: the event stays pending for the relay's next pass.
 */
public final class ResilientHubSender implements HubSender {

    private static final double JITTER = 0.5;
    private static final int WINDOW = 10;
    private static final float FAILURE_RATE = 50;

    private final HubSender sender;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public ResilientHubSender(HubSender sender, HubSettings settings) {
        this.sender = sender;
        this.retry = Retry.of("notification-hub", RetryConfig.custom()
                .maxAttempts(settings.attempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.firstWait(), 2.0, JITTER))
                .retryExceptions(HubRefused.class)
                .build());
        this.breaker = CircuitBreaker.of("notification-hub", CircuitBreakerConfig.custom()
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(WINDOW / 2)
                .failureRateThreshold(FAILURE_RATE)
                .waitDurationInOpenState(settings.openFor())
                .recordExceptions(HubRefused.class)
                .build());
    }

    @Override
    public void send(Notification notification) {
        try {
            CircuitBreaker.decorateRunnable(breaker, Retry.decorateRunnable(retry, () -> sender.send(notification)))
                    .run();
        } catch (CallNotPermittedException e) {
            throw new HubRefused("Not sent: the hub failed too often lately, so its circuit is open", e);
        }
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }
}
