package org.clientportal.adapters.http.sla;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.sla.SlaState;

/** A client request's SLA clock, read when the answer was made. */
@Schema(name = "SlaClock", description = "The SLA clock of a client's request (a task requested in the portal, or an"
        + " ask), read now in the agency's business hours and targets. A clock runs while the agency owes the next"
        + " move and is paused while the request waits on the client.")
public record SlaJson(
        @Schema(description = "When the first response is due: the first client-visible reply, comment or status"
                + " change by the agency.") Instant firstResponseDue,
        @Schema(nullable = true, description = "When the agency first responded; null until it has.")
        Instant firstRespondedAt,
        @Schema(description = "When the request is due to be resolved. While paused, where it would fall if the clock"
                + " ran again now.") Instant resolutionDue,
        @Schema(nullable = true, description = "When it was resolved (its task done, cancelled or declined; a question"
                + " answered; an ask found not actionable); null while open.")
        Instant resolvedAt,
        @Schema(minimum = "0", description = "Working minutes the clock has run, pauses left out.")
        long elapsedBusinessMinutes,
        @Schema(description = "True while the request waits on the client.") boolean paused,
        @Schema(implementation = SlaState.class, description = "`at_risk` once 75 % of a target still running is"
                + " used, `breached` once a target was missed.") String state) {

    public static SlaJson of(SlaReading reading) {
        return new SlaJson(reading.firstResponseDue(), reading.firstRespondedAt().orElse(null),
                reading.resolutionDue(), reading.resolvedAt().orElse(null), reading.elapsedBusinessMinutes(),
                reading.paused(), WireNames.of(reading.state()));
    }
}
