package org.clientportal.adapters.http.health;

import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.port.ReadinessCheck;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** Liveness (the process answers) and readiness (its database and Redis answer too). */
public final class HealthRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Health", "Probes for orchestrators and load balancers.");

    private HealthRoutes() {
    }

    public static void register(RouteTable table, List<ReadinessCheck> checks) {
        table.open(HandlerType.GET, "/healthz", Operation.of("getLiveness", TAG, "Liveness: the process answers")
                .description("Answers as long as the process runs; checks no dependency. For container liveness probes.")
                .answers(200, "The process is up.", HealthJson.class)
                .answersThroughOutages(), ctx -> Reply.ok(HealthJson.OK));
        table.open(HandlerType.GET, "/readyz", Operation.of("getReadiness", TAG, "Readiness: every dependency answers")
                .description("Checks each dependency (PostgreSQL, Redis) with a short timeout, one after the other, and"
                        + " reports each one's state and how long its check took. For load balancers and readiness"
                        + " probes.")
                .answers(200, "Ready to take traffic.", ReadinessJson.class)
                .answersThroughOutages()
                .problems(ProblemCodes.NOT_READY), ctx -> {
            Map<String, CheckState> results = new LinkedHashMap<>();
            Map<String, Double> latencies = new LinkedHashMap<>();
            for (ReadinessCheck check : checks) {
                long started = System.nanoTime();
                results.put(check.name(), check.isReady() ? CheckState.UP : CheckState.DOWN);
                latencies.put(check.name(), millisSince(started));
            }
            if (results.containsValue(CheckState.DOWN)) {
                throw new NotReady(results, latencies);
            }
            return Reply.ok(new ReadinessJson("ready", results, latencies));
        });
    }

    /** Milliseconds to a tenth, which is as fine as a probe's reader needs. */
    private static double millisSince(long started) {
        return Math.round((System.nanoTime() - started) / 100_000.0) / 10.0;
    }

    /** Answered 503 with the state of every check and how long each took. */
    static final class NotReady extends DomainError {

        private static final long serialVersionUID = 1L;

        NotReady(Map<String, CheckState> results, Map<String, Double> latencies) {
            super(ErrorKind.UNAVAILABLE, "not-ready", "Not ready: " + results,
                    Map.of("checks", Map.copyOf(results), "latencyMs", Map.copyOf(latencies)));
        }
    }
}
