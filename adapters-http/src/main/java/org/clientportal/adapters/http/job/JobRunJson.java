package org.clientportal.adapters.http.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.job.JobRun;

@Schema(name = "JobRun", description = "One run of a scheduled job for one slot, and what it did for the agency.")
public record JobRunJson(String id,
                         @Schema(example = "stale-leads") String job,
                         @Schema(description = "The moment the run was due; each slot runs once.") Instant slot,
                         Instant startedAt,
                         @Schema(nullable = true) Instant finishedAt,
                         @Schema(allowableValues = {"running", "succeeded", "failed"}) String outcome,
                         @Schema(description = "What it did for the agency (e.g. `offboarded`); empty when nothing.")
                         Map<String, Long> counts,
                         @Schema(description = "The process that ran it.") String ranBy) {

    static JobRunJson of(JobRun r) {
        return new JobRunJson(r.id().toString(), r.job(), r.slot(), r.startedAt(), r.finishedAt().orElse(null),
                WireNames.of(r.outcome()), r.counts(), r.ranBy());
    }
}
