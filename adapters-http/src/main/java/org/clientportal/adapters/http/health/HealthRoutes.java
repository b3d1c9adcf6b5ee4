package org.clientportal.adapters.http.health;

import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.port.ReadinessCheck;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** Liveness (the process answers) and readiness (its database and Redis answer too). */
public final class HealthRoutes {

    private HealthRoutes() {
    }

    public static void register(RouteTable table, List<ReadinessCheck> checks) {
        table.open(HandlerType.GET, "/healthz", ctx -> Reply.ok(Map.of("status", "ok")));
        table.open(HandlerType.GET, "/readyz", ctx -> {
            Map<String, String> results = new LinkedHashMap<>();
            checks.forEach(check -> results.put(check.name(), check.isReady() ? "up" : "down"));
            if (results.containsValue("down")) {
                throw new NotReady(results);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "ready");
            json.put("checks", results);
            return Reply.ok(json);
        });
    }

    /** Answered 503 with the state of every check. */
    static final class NotReady extends DomainError {

        private static final long serialVersionUID = 1L;

        NotReady(Map<String, String> results) {
            super(ErrorKind.UNAVAILABLE, "not-ready", "Not ready: " + results, Map.of("checks", Map.copyOf(results)));
        }
    }
}
