package org.clientportal.adapters.docs;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;

/**
 * Klevar Docs' API made patient and polite with resilience4j. A call that meets an outage (Docs down,
 * a 5xx, too slow) is tried again whole (a list from its first page), waiting longer each time with
 * random jitter; once half of the recent calls met one, the circuit opens and no call is tried for a
 * while, failing at once instead of making every request wait out the timeouts. A refused key or an
 * unreadable answer is neither retried (it would fail the same way) nor counted against the circuit:
 * one agency's wrong key must not cut every agency off from Docs. A 404 is an answer, not a failure.
 */
public final class ResilientDocsApi implements DocsApi {

    private static final String NAME = "klevar-docs";
    private static final double JITTER = 0.5;
    private static final double BACKOFF = 2.0;
    private static final int WINDOW = 10;
    private static final float FAILURE_RATE = 50;
    private static final Predicate<Throwable> OUTAGE = e -> e instanceof DocsFailure f && f.isOutage();
    private static final Predicate<Throwable> UNUSABLE = e -> e instanceof DocsFailure f && !f.isOutage();

    private final HttpDocsApi docs;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public ResilientDocsApi(HttpDocsApi docs, DocsSettings settings) {
        this.docs = docs;
        this.retry = Retry.of(NAME, RetryConfig.custom()
                .maxAttempts(settings.attempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.firstWait(), BACKOFF, JITTER))
                .retryOnException(OUTAGE)
                .build());
        this.breaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(WINDOW / 2)
                .failureRateThreshold(FAILURE_RATE)
                .waitDurationInOpenState(settings.openFor())
                .recordException(OUTAGE)
                .ignoreException(UNUSABLE)
                .build());
    }

    @Override
    public Optional<DocsFacts> fetch(String apiKey, DocsKind kind, String externalId) {
        return call(() -> docs.fetchOrFail(apiKey, kind, externalId));
    }

    @Override
    public List<DocsFacts> ofClient(String apiKey, DocsKind kind, String clientReference) {
        return call(() -> docs.ofClientOrFail(apiKey, kind, clientReference));
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private <T> T call(Supplier<T> work) {
        try {
            return CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, work)).get();
        } catch (CallNotPermittedException e) {
            throw new DependencyUnavailable(HttpDocsApi.DEPENDENCY,
                    "Klevar Docs has failed repeatedly; not trying for a while", e);
        } catch (DocsFailure e) {
            throw e.unavailable();
        }
    }
}
