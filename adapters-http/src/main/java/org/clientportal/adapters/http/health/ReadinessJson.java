package org.clientportal.adapters.http.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** {@code GET /readyz} when every dependency answered. */
@Schema(name = "Readiness", description = "Every dependency answered.")
record ReadinessJson(@Schema(allowableValues = "ready") String status,
                     @Schema(description = "Every dependency check by name (e.g. `database`, `redis`).")
                     Map<String, CheckState> checks) {

    static ReadinessJson ready(Map<String, CheckState> checks) {
        return new ReadinessJson("ready", checks);
    }
}
