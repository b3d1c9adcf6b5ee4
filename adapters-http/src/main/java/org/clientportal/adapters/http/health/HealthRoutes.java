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
                .description("Checks each dependency (PostgreSQL, Redis) with a short timeout. For load balancers and"
                        + " readiness probes.")
                .answers(200, "Ready to take traffic.", ReadinessJson.class)
                .answersThroughOutages()
                .problems(ProblemCodes.NOT_READY), ctx -> {
            Map<String, CheckState> results = new LinkedHashMap<>();
            checks.forEach(check -> results.put(check.name(), check.isReady() ? CheckState.UP : CheckState.DOWN));
            if (results.containsValue(CheckState.DOWN)) {
                throw new NotReady(results);
            }
            return Reply.ok(ReadinessJson.ready(results));
        });
    }

    /** Answered 503 with the state of every check. */
    static final class NotReady extends DomainError {

        private static final long serialVersionUID = 1L;

        NotReady(Map<String, CheckState> results) {
            super(ErrorKind.UNAVAILABLE, "not-ready", "Not ready: " + results, Map.of("checks", Map.copyOf(results)));
        }
    }
}
