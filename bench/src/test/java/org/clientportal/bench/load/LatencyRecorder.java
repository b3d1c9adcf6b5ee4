package org.clientportal.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times and outcomes per endpoint, kept whole (a run holds some tens of thousands), and
 * written at the end as one JSON line per endpoint with nearest-rank percentiles. Gatling's own
 * report is HTML only; this keeps the figures the harness reports independent of its format.
 */
final class LatencyRecorder {

    private record Outcome(long millis, boolean ok) {
    }

    private final Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Double> rates = new ConcurrentHashMap<>();

    void expect(String endpoint, double rate) {
        rates.put(endpoint, rate);
        outcomes.put(endpoint, new ArrayList<>());
    }

    void record(String endpoint, long millis, boolean ok) {
        List<Outcome> list = outcomes.get(endpoint);
        synchronized (list) {
            list.add(new Outcome(millis, ok));
        }
    }

    void write(Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (var entry : rates.entrySet()) {
            List<Outcome> list = outcomes.get(entry.getKey());
            long[] millis = list.stream().mapToLong(Outcome::millis).sorted().toArray();
            long failed = list.stream().filter(o -> !o.ok()).count();
            lines.append(String.format(Locale.ROOT, "{\"type\":\"fixed-rate\",\"endpoint\":\"%s\",\"rate\":%s,"
                            + "\"requests\":%d,\"ko\":%d,\"p50_ms\":%d,\"p95_ms\":%d,\"p99_ms\":%d}%n",
                    entry.getKey(), entry.getValue(), millis.length, failed, rank(millis, 50), rank(millis, 95),
                    rank(millis, 99)));
        }
        Files.writeString(file, lines);
    }

    private static long rank(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
