package org.clientportal.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report as Markdown: the tables docs/performance.md cites, then the plans. */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();

    String render(String scale, String machine, Measurements measurements, List<EndpointFigures> endpoints,
                  List<EndpointFigures.Latency> mixed, Map<String, EndpointFigures> baseline, String baselineName,
                  String plans) {
        line("# Benchmark, " + scale + " clients");
        line("");
        line("Machine: " + machine + ". Shared with other builds while measuring: read ratios, not absolute figures.");
        line("");
        measurements.ofType("seed").forEach(seed -> line("Data: " + seed.path("data") + ", seeded in "
                + seconds(seed.path("ms").asDouble()) + "."));
        line("");
        line("## Throughput at saturation, and open-loop latency");
        line("");
        line("| endpoint | floor req/s | product req/s | ratio | CPU-per-request ratio | product CPU ms/req | "
                + "p50 / p95 / p99 ms at fixed rate | non-2xx |");
        line("|---|---|---|---|---|---|---|---|");
        for (EndpointFigures e : endpoints) {
            line("| " + e.endpoint() + (e.failed() ? " **FAILED**" : "") + " | "
                    + e.floor().map(f -> whole(f.requestsPerSecond())).orElse("–") + " | "
                    + e.product().map(p -> whole(p.requestsPerSecond())).orElse("–") + " | "
                    + e.throughputRatio().map(MarkdownReport::twoPlaces).orElse("–") + " | "
                    + e.cpuRatio().map(MarkdownReport::twoPlaces).orElse("–") + " | "
                    + e.product().map(p -> twoPlaces(p.cpuMsPerRequest())).orElse("–") + " | "
                    + e.latency().map(MarkdownReport::percentiles).orElse("–") + " | "
                    + failures(e) + " |");
        }
        line("");
        line("Mixed operator workload, open-loop (25 % get, 20 % list, 10 % list with q, 15 % project, 10 % audit;"
                + " 10 % create, 5 % transition, 5 % task create):");
        line("");
        line("| arrival rate req/s | requests | p50 / p95 / p99 ms | non-2xx |");
        line("|---|---|---|---|");
        mixed.forEach(m -> line("| " + whole(m.rate()) + " | " + m.requests() + " | " + percentiles(m) + " | "
                + m.failed() + " |"));
        line("");
        if (!baseline.isEmpty()) {
            baselineTable(endpoints, baseline, baselineName);
        }
        resources(measurements);
        failureDetails(endpoints);
        line("## Hot queries: the slowest statement of each endpoint (EXPLAIN ANALYZE, BUFFERS, as the runtime role ran it)");
        line("");
        out.append(plans);
        return out.toString();
    }

    private void baselineTable(List<EndpointFigures> endpoints, Map<String, EndpointFigures> baseline,
                               String baselineName) {
        line("## Against 1k clients (this scale ÷ 1k, from " + baselineName + "; latency target ≤ 1.5)");
        line("");
        line("| endpoint | product req/s | p50 | p95 | p99 |");
        line("|---|---|---|---|---|");
        for (EndpointFigures e : endpoints) {
            EndpointFigures small = baseline.get(e.endpoint());
            if (small == null) {
                continue;
            }
            line("| " + e.endpoint() + " | "
                    + ratio(e.product().map(p -> p.requestsPerSecond()), small.product().map(p -> p.requestsPerSecond()))
                    + " | " + ratio(e.latency().map(l -> l.p50()), small.latency().map(l -> l.p50()))
                    + " | " + ratio(e.latency().map(l -> l.p95()), small.latency().map(l -> l.p95()))
                    + " | " + ratio(e.latency().map(l -> l.p99()), small.latency().map(l -> l.p99())) + " |");
        }
        line("");
    }

    private void resources(Measurements measurements) {
        line("## Resources");
        line("");
        measurements.ofType("ready").forEach(ready -> line("- ready (process start → `/readyz` 200), "
                + ready.path("database").asText() + ": " + seconds(ready.path("ms").asDouble())));
        List<JsonNode> memory = measurements.ofType("memory");
        double saturationRss = memory.stream().filter(m -> !m.path("after").asText().equals("mixed"))
                .mapToDouble(m -> m.path("memory").path("vmrss_kb").asDouble()).max().orElse(0);
        line("- portal RSS, largest after a saturation run: " + megabytes(saturationRss));
        memory.stream().filter(m -> m.path("after").asText().equals("mixed")).forEach(m -> line(
                "- portal RSS after the mixed workloads: " + megabytes(m.path("memory").path("vmrss_kb").asDouble())
                        + " (anonymous: heap, stacks, compiled code " + megabytes(m.path("memory").path("rss_anon_kb").asDouble())
                        + "; file-backed: the class-data archive and the jar, mapped and shared "
                        + megabytes(m.path("memory").path("rss_file_kb").asDouble()) + "), peak of the whole run (VmHWM) "
                        + megabytes(m.path("memory").path("vmhwm_kb").asDouble())));
        measurements.ofType("authentication").forEach(run -> line(String.format(Locale.ROOT,
                "- authentication alone (%s, one request at a time on %s; the portal's `portal.authentication`"
                        + " timer): %.3f ms per request over %d requests, the whole request %.1f ms at p50",
                run.path("credential").asText(), run.path("endpoint").asText(),
                run.path("seconds").asDouble() * 1000 / Math.max(1, run.path("requests").asLong()),
                run.path("requests").asLong(), run.path("request_p50_ms").asDouble())));
        line("- CPU per request counts the server process, the PostgreSQL backends serving it and (product"
                + " only) Redis, from /proc utime + stime over each measured run.");
        line("");
    }

    private void failureDetails(List<EndpointFigures> endpoints) {
        List<EndpointFigures> failed = endpoints.stream().filter(EndpointFigures::failed).toList();
        if (failed.isEmpty()) {
            return;
        }
        line("## Failed rows");
        line("");
        for (EndpointFigures e : failed) {
            String first = e.product().map(EndpointFigures.Side::firstFailure).filter(s -> !s.isEmpty())
                    .or(() -> e.floor().map(EndpointFigures.Side::firstFailure)).orElse("");
            line("- " + e.endpoint() + ": " + failures(e) + (first.isEmpty() ? "" : "; first answer: `"
                    + first.replace('`', '\'').replace('\n', ' ') + "`"));
        }
        line("");
    }

    private static String failures(EndpointFigures e) {
        long saturation = e.product().map(EndpointFigures.Side::failed).orElse(0L)
                + e.floor().map(EndpointFigures.Side::failed).orElse(0L);
        long fixed = e.latency().map(EndpointFigures.Latency::failed).orElse(0L);
        return saturation + " / " + fixed;
    }

    private static String percentiles(EndpointFigures.Latency l) {
        return oneplace(l.p50()) + " / " + oneplace(l.p95()) + " / " + oneplace(l.p99());
    }

    private static String ratio(Optional<Double> large, Optional<Double> small) {
        return large.flatMap(l -> small.filter(s -> s > 0).map(s -> twoPlaces(l / s))).orElse("–");
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String twoPlaces(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String oneplace(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    private static String megabytes(double kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
