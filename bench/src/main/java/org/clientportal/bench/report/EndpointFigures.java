package org.clientportal.bench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One endpoint's figures: throughput at saturation of the product and its floor, CPU per request (the
 * server, its PostgreSQL backends and Redis), and the open-loop latencies at the fixed rate.
 */
record EndpointFigures(String endpoint, Optional<Side> product, Optional<Side> floor, Optional<Latency> latency) {

    /** A saturation run of one side. */
    record Side(double requestsPerSecond, double cpuMsPerRequest, long requests, long failed, String firstFailure) {

        static Side of(JsonNode run) {
            long requests = run.path("requests").asLong();
            JsonNode cpu = run.path("cpu_ms");
            double cpuMs = cpu.path("app").asDouble() + cpu.path("postgres").asDouble() + cpu.path("redis").asDouble();
            return new Side(requests / run.path("seconds").asDouble(), requests == 0 ? 0 : cpuMs / requests, requests,
                    run.path("non2xx").asLong() + run.path("socket_errors").asLong(), run.path("first_failure").asText());
        }
    }

    /** Latencies at a fixed arrival rate, and how many answers were not 2xx. */
    record Latency(double rate, long requests, long failed, double p50, double p95, double p99) {

        static Latency of(JsonNode run) {
            return new Latency(run.path("rate").asDouble(), run.path("requests").asLong(), run.path("ko").asLong(),
                    run.path("p50_ms").asDouble(), run.path("p95_ms").asDouble(), run.path("p99_ms").asDouble());
        }
    }

    static EndpointFigures of(String endpoint, Measurements measurements) {
        return new EndpointFigures(endpoint, measurements.saturation(endpoint, "product").map(Side::of),
                measurements.saturation(endpoint, "floor").map(Side::of),
                measurements.fixedRate(endpoint).map(Latency::of));
    }

    /** Product throughput as a share of the floor's. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    Optional<Double> throughputRatio() {
        return product.flatMap(p -> floor.map(f -> p.requestsPerSecond() / f.requestsPerSecond()));
    }

    /** The floor's CPU per request as a share of the product's: 0.25 means the product costs four times as much. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    Optional<Double> cpuRatio() {
        return product.flatMap(p -> floor.map(f -> f.cpuMsPerRequest() / p.cpuMsPerRequest()));
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    boolean failed() {
        return product.map(p -> p.failed() > 0).orElse(false) || floor.map(f -> f.failed() > 0).orElse(false)
                || latency.map(l -> l.failed() > 0).orElse(false);
    }
}
