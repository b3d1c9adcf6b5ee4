package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every request Javalin answers as {@code http.server.requests}, by method, route template
 * and status, with histogram buckets for percentiles: the template, not the path, so ids in paths
 * cannot multiply the series.
 */
public final class RequestMetrics {

    private static final String METER = "http.server.requests";

    private final MeterRegistry meters;

    public RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void record(Context ctx, String route, float millis) {
        Timer.builder(METER)
                .description("Requests answered by the API's routes")
                .tags("method", HeadAsGet.method(ctx), "route", route, "status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }
}
