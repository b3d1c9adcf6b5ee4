package org.clientportal.adapters.http.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemKind;

/** One thing that needs an operator now. */
@Schema(name = "QueueItem", description = "Something that needs an operator now, and why.")
record QueueItemJson(
        @Schema(description = "`<kind>.<subject>`, the same every time the same thing is listed: acknowledge or"
                + " snooze the item by it.", example = "task_overdue.ACME-7.2026-12-01") String id,
        @Schema(implementation = QueueItemKind.class, description = "Why it is here; the queue lists the kinds in"
                + " this order, most urgent first.") String kind,
        @Schema(allowableValues = {"task", "ask", "report", "invoice", "capacity-budget"},
                description = "What it is about.") String subjectType,
        @Schema(description = "The task's or ask's key, or the report's, invoice's or budget's id.") String subjectKey,
        String title,
        String clientId,
        @Schema(description = "Places it among the items of its kind (oldest first): when the missed or threatened"
                + " target is due, when an overdue task's due date ended, when a request was filed, when a report in"
                + " review last changed, when Docs last changed an overdue invoice, when a crossing was raised.")
        Instant at,
        @Schema(description = "Why it needs someone, in a sentence.") String why) {

    static QueueItemJson of(QueueItem item) {
        return new QueueItemJson(item.id().toString(), WireNames.of(item.kind()), item.subject().type(),
                item.subject().key(), item.title(), item.clientId().toString(), item.at(), item.why());
    }
}
