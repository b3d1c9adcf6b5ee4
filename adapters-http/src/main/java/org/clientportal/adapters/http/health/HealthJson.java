package org.clientportal.adapters.http.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /healthz}: the process answers. */
@Schema(name = "Health", description = "The process answers.")
record HealthJson(@Schema(allowableValues = "ok") String status) {

    static final HealthJson OK = new HealthJson("ok");
}
