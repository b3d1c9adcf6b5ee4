package org.clientportal.adapters.http.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How long resolving each kind of credential takes, refusals included, as {@code portal.authentication}
 * by {@code credential}: authentication's share of a request, measured apart from the rest of it.
 */
final class AuthenticationTimes {

    private static final String METER = "portal.authentication";

    private final Timer apiKeys;
    private final Timer operatorSessions;
    private final Timer portalSessions;

    AuthenticationTimes(MeterRegistry meters) {
        this.apiKeys = timer(meters, "api-key");
        this.operatorSessions = timer(meters, "operator-session");
        this.portalSessions = timer(meters, "portal-session");
    }

    <T> T apiKey(Supplier<T> resolution) {
        return apiKeys.record(resolution);
    }

    <T> T operatorSession(Supplier<T> resolution) {
        return operatorSessions.record(resolution);
    }

    <T> T portalSession(Supplier<T> resolution) {
        return portalSessions.record(resolution);
    }

    private static Timer timer(MeterRegistry meters, String credential) {
        return Timer.builder(METER)
                .description("Resolving a request's credential to its caller")
                .tag("credential", credential)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(meters);
    }
}
