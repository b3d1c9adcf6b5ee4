package org.clientportal.adapters.http.sla;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.sla.SlaPolicyCommand;
import org.clientportal.domain.sla.SlaTarget;

/** The body of {@code PUT /api/v1/settings/sla}: every priority's targets, as the policy is replaced whole. */
record SlaPolicyRequest(
        @Schema(requiredMode = REQUIRED, description = "One entry per priority: each of `urgent`, `high`, `normal`"
                + " and `low` exactly once.") Map<String, TargetRequest> targets) {

    SlaPolicyCommand command(Optional<Long> expectedVersion) {
        Map<String, SlaPolicyCommand.Target> given = new LinkedHashMap<>();
        if (targets != null) {
            targets.forEach((priority, t) -> given.put(priority,
                    t == null ? null : new SlaPolicyCommand.Target(t.firstResponseMinutes(), t.resolutionMinutes())));
        }
        return new SlaPolicyCommand(given, expectedVersion);
    }

    /** One priority's targets, in working minutes. */
    @Schema(name = "SlaTargetRequest")
    record TargetRequest(
            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "" + SlaTarget.MINUTES_MAX, description = "Working"
                    + " minutes until the first client-visible reply, comment or status change by the agency.")
            Long firstResponseMinutes,
            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "" + SlaTarget.MINUTES_MAX, description = "Working"
                    + " minutes until the request is resolved; at least `firstResponseMinutes`.")
            Long resolutionMinutes) {
    }
}
