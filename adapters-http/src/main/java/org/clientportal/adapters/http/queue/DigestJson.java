package org.clientportal.adapters.http.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.queue.Digest;
import org.clientportal.domain.task.Task;

/** An operator's digest. */
@Schema(name = "Digest", description = "An operator's day at a glance: their tasks due, requests at risk, what came in.")
record DigestJson(OperatorJson operator,
                  @Schema(description = "Today, in the agency's time zone.") LocalDate day,
                  String timeZone,
                  @Schema(description = "The operator's open tasks due by tomorrow, overdue ones first.")
                  List<DueTaskJson> due,
                  @Schema(description = "The agency's client requests past or near their SLA targets.")
                  List<QueueItemJson> atRisk,
                  @Schema(description = "The start of yesterday, in the agency's time zone.") Instant newSince,
                  @Schema(description = "Requests, asks and reports in review that came in since then, still"
                          + " waiting for someone.") List<QueueItemJson> arrived) {

    @Schema(name = "DigestOperator")
    record OperatorJson(String id, String name) {
    }

    @Schema(name = "DigestTask")
    record DueTaskJson(String key, String title, LocalDate dueDate, String status, String projectId, String clientId,
                       @Schema(description = "Due before today.") boolean overdue) {
    }

    static DigestJson of(Digest d) {
        return new DigestJson(new OperatorJson(d.operator().id().toString(), d.operator().name()), d.day(),
                d.zone().getId(), d.due().stream().map(t -> due(t, d.day())).toList(),
                d.atRisk().stream().map(QueueItemJson::of).toList(), d.newSince(),
                d.arrived().stream().map(QueueItemJson::of).toList());
    }

    private static DueTaskJson due(Task t, LocalDate today) {
        LocalDate dueDate = t.details().dueDate().orElseThrow();
        return new DueTaskJson(t.key().value(), t.details().title(), dueDate, WireNames.of(t.status()),
                t.projectId().toString(), t.clientId().toString(), dueDate.isBefore(today));
    }
}
