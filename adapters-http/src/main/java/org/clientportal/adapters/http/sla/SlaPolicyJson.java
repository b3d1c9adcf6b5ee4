package org.clientportal.adapters.http.sla;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaTarget;
import org.clientportal.domain.task.TaskPriority;

/** An agency's SLA targets as they are set now. */
@Schema(name = "SlaPolicy", description = "How much working time the agency gives itself per priority. A clock is"
        + " `at_risk` once " + SlaPolicy.AT_RISK_PERCENT + " % of a target it runs against is used.")
record SlaPolicyJson(@Schema(description = "By priority, from low to urgent.") Map<String, TargetJson> targets,
                     @Schema(minimum = "0", description = "0 until first set, bumped on every change; the ETag is this"
                             + " number in quotes.") long version) {

    static SlaPolicyJson of(Versioned<SlaPolicy> setting) {
        SlaPolicy policy = setting.value();
        Map<String, TargetJson> targets = new LinkedHashMap<>();
        for (TaskPriority priority : TaskPriority.values()) {
            SlaTarget target = policy.targetFor(priority);
            targets.put(WireNames.of(priority), new TargetJson(target.firstResponse().toMinutes(),
                    target.resolution().toMinutes()));
        }
        return new SlaPolicyJson(targets, setting.version());
    }

    /** One priority's targets, in working minutes. */
    @Schema(name = "SlaTarget")
    record TargetJson(long firstResponseMinutes, long resolutionMinutes) {
    }
}
