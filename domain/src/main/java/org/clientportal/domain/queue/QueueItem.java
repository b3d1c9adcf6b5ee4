package org.clientportal.domain.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.sla.SlaState;
import org.clientportal.domain.task.TaskStatus;

/**
 * One thing that needs an operator now, and why. {@code at} places it among the items of its kind
 * (oldest first): when a missed or threatened SLA target is due, when an overdue task's due date
 * ended, when a request was filed, when a report in review last changed, when a crossing was raised.
 * {@code recordId} is the id of the task, ask, report or budget it is about, which breaks ties.
 */
public record QueueItem(QueueItemId id, Subject subject, String title, ClientId clientId, Instant at, String why,
                        UUID recordId) {

    /**
     * What an item is about: a {@code task}, an {@code ask}, a {@code report}, an {@code invoice} or a
     * {@code capacity-budget}, by key or id.
     */
    public record Subject(String type, String key) {

        public Subject {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(key, "key");
        }
    }

    public QueueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(recordId, "recordId");
    }

    public QueueItemKind kind() {
        return id.kind();
    }

    /**
     * A running request's clock as the queue sees it: nothing while on track; breached or at risk,
     * about the first response while none was given and it is what went wrong, else the resolution.
     */
    public static Optional<QueueItem> ofSla(Request request, SlaReading reading, Instant now) {
        if (reading.state() == SlaState.ON_TRACK) {
            return Optional.empty();
        }
        QueueItemKind kind = reading.state() == SlaState.BREACHED ? QueueItemKind.SLA_BREACHED
                : QueueItemKind.SLA_AT_RISK;
        boolean resolutionAtStake = reading.firstRespondedAt().isPresent()
                || (kind == QueueItemKind.SLA_BREACHED && !reading.resolutionDue().isAfter(now));
        return Optional.of(resolutionAtStake
                ? sla(kind, request, "resolution", reading.resolutionDue())
                : sla(kind, request, "first response", reading.firstResponseDue()));
    }

    private static QueueItem sla(QueueItemKind kind, Request request, String target, Instant due) {
        String why = kind == QueueItemKind.SLA_BREACHED
                ? "Missed its " + target + " target, due " + due
                : "Used " + SlaPolicy.AT_RISK_PERCENT + " % of its " + target + " target, due " + due;
        return new QueueItem(QueueItemId.ofRequest(kind, request.key()), request.subject(), request.title(),
                request.clientId(), due, why, request.recordId());
    }

    /** A task past its due date, which ended at midnight in the agency's time zone. */
    public static QueueItem overdueTask(Request task, LocalDate dueDate, TaskStatus status, ZoneId zone) {
        return new QueueItem(QueueItemId.ofOverdueTask(task.key(), dueDate), task.subject(), task.title(),
                task.clientId(), dueDate.plusDays(1).atStartOfDay(zone).toInstant(),
                "Was due " + dueDate + ", still " + Lifecycle.wireName(status), task.recordId());
    }

    public static QueueItem awaitingAcceptance(Request task, Instant filedAt) {
        return new QueueItem(QueueItemId.ofRequest(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, task.key()),
                task.subject(), task.title(), task.clientId(), filedAt,
                "Requested by the client at " + filedAt + ": accept or decline it", task.recordId());
    }

    public static QueueItem unclassifiedAsk(Request ask, AskKind kind, Instant filedAt) {
        return new QueueItem(QueueItemId.ofRequest(QueueItemKind.ASK_UNCLASSIFIED, ask.key()), ask.subject(),
                ask.title(), ask.clientId(), filedAt,
                "Filed as a " + Lifecycle.wireName(kind) + " at " + filedAt + ", not yet classified", ask.recordId());
    }

    /** A report submitted for review; {@code submittedAt} is when it last changed in review. */
    public static QueueItem reportInReview(ReportId report, String title, ClientId client, Instant submittedAt) {
        return new QueueItem(QueueItemId.ofReport(report), new Subject("report", report.toString()), title, client,
                submittedAt, "In review since " + submittedAt + ": approve it or send it back", report.value());
    }

    /** An invoice of a client Docs reports overdue, placed by when Docs last changed it. */
    public static QueueItem overdueInvoice(DocsRecord invoice) {
        DocsFacts facts = invoice.facts();
        String due = facts.amounts().map(a -> a.due().amount().toPlainString() + " " + a.currency().getCurrencyCode())
                .orElse("all of it");
        String title = facts.title() + facts.number().map(n -> " (" + n + ")").orElse("");
        return new QueueItem(QueueItemId.ofInvoice(invoice.id()), new Subject("invoice", invoice.id().toString()),
                title, invoice.clientId().orElseThrow(() -> new IllegalArgumentException("an unmatched invoice")),
                facts.asOf(), "Overdue" + facts.dueDate().map(d -> " since " + d).orElse("") + ": " + due
                        + " still due", invoice.id().value());
    }

    /** A budget's period crossed a level; {@code clientName} titles it. */
    public static QueueItem capacityCrossed(CapacityCrossing crossing, ClientId client, String clientName) {
        QueueItemKind kind = crossing.level() == CapacityLevel.EXCEEDED
                ? QueueItemKind.CAPACITY_EXCEEDED : QueueItemKind.CAPACITY_WARNING;
        return new QueueItem(QueueItemId.ofCrossing(kind, crossing.budgetId(), crossing.periodStart()),
                new Subject("capacity-budget", crossing.budgetId().toString()), clientName + ": capacity", client,
                crossing.raisedAt(), "Passed " + crossing.level().percent() + " % of the budget in the period from "
                        + crossing.periodStart(), crossing.budgetId().value());
    }

    /** The task or ask an item is about, as the queue names it. */
    public record Request(String type, TaskKey key, String title, ClientId clientId, UUID recordId) {

        public Request {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(recordId, "recordId");
        }

        Subject subject() {
            return new Subject(type, key.value());
        }
    }
}
