package org.clientportal.adapters.http.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** {@code GET /readyz} when every dependency answered. */
@Schema(name = "Readiness", description = "Every dependency answered.")
record ReadinessJson(@Schema(allowableValues = "ready") String status,
                     @Schema(description = "Every dependency check by name (e.g. `database`, `redis`).")
                     Map<String, CheckState> checks,
                     @Schema(description = "How long each check took, in milliseconds, by the same names.")
                     Map<String, Double> latencyMs) {
}
