package org.clientportal.domain.queue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;

/**
 * Names one queue item by its kind and what it is about, as {@code <kind>.<subject>}: a request's
 * key ({@code sla_breached.ACME-12}), a task's key and due date ({@code task_overdue.ACME-7.2026-12-01}:
 * a new due date is a new item), a budget and the first day of its period
 * ({@code capacity_warning.<budget id>.2026-12-01}), a report's id ({@code report_awaiting_review.<report id>}),
 * an invoice's ({@code invoice_overdue.<its id in the portal>}).
 * The same thing always gets the same id, so an
 * acknowledgement or a snooze sticks to it.
 */
public record QueueItemId(QueueItemKind kind, String subject) {

    public static final int MAX_LENGTH = 120;

    private static final Pattern KEY = Pattern.compile(TaskKey.PATTERN);
    private static final Pattern KEY_AND_DAY = Pattern.compile(TaskKey.PATTERN.replace("$", "")
            + "\\.\\d{4}-\\d{2}-\\d{2}$");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern BUDGET_AND_DAY = Pattern.compile("^" + UUID + "\\.\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern RECORD = Pattern.compile("^" + UUID + "$");

    public QueueItemId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (!subjectPattern(kind).matcher(subject).matches()) {
            throw new IllegalArgumentException("not a subject of a " + Lifecycle.wireName(kind) + " item: " + subject);
        }
        if (namesADay(kind)) {
            try {
                LocalDate.parse(subject.substring(subject.lastIndexOf('.') + 1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("names no day of the calendar: " + subject);
            }
        }
    }

    public static QueueItemId ofRequest(QueueItemKind kind, TaskKey key) {
        return new QueueItemId(kind, key.value());
    }

    public static QueueItemId ofOverdueTask(TaskKey key, LocalDate dueDate) {
        return new QueueItemId(QueueItemKind.TASK_OVERDUE, key.value() + "." + dueDate);
    }

    public static QueueItemId ofReport(ReportId report) {
        return new QueueItemId(QueueItemKind.REPORT_AWAITING_REVIEW, report.toString());
    }

    public static QueueItemId ofInvoice(DocsRecordId invoice) {
        return new QueueItemId(QueueItemKind.INVOICE_OVERDUE, invoice.toString());
    }

    public static QueueItemId ofCrossing(QueueItemKind kind, CapacityBudgetId budget, LocalDate periodStart) {
        return new QueueItemId(kind, budget + "." + periodStart);
    }

    /** Reads an id as {@link #toString} writes it; {@link IllegalArgumentException} for anything else. */
    public static QueueItemId parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH || raw.indexOf('.') < 1) {
            throw new IllegalArgumentException("must be a queue item's id, such as task_overdue.ACME-7.2026-12-01");
        }
        int dot = raw.indexOf('.');
        QueueItemKind kind = StatusNames.parse(QueueItemKind.class, raw.substring(0, dot));
        return new QueueItemId(kind, raw.substring(dot + 1));
    }

    /** The task or ask key the subject starts with, for the kinds about one. */
    public TaskKey requestOrTaskKey() {
        if (isCapacity(kind) || kind == QueueItemKind.REPORT_AWAITING_REVIEW
                || kind == QueueItemKind.INVOICE_OVERDUE) {
            throw new IllegalStateException("a " + Lifecycle.wireName(kind) + " item is about no task or ask");
        }
        int dot = subject.indexOf('.');
        return new TaskKey(dot < 0 ? subject : subject.substring(0, dot));
    }

    /** The day the subject ends with: an overdue task's due date, a crossing's period start. */
    public LocalDate day() {
        if (!namesADay(kind)) {
            throw new IllegalStateException("a " + Lifecycle.wireName(kind) + " item names no day");
        }
        return LocalDate.parse(subject.substring(subject.lastIndexOf('.') + 1));
    }

    private static boolean namesADay(QueueItemKind kind) {
        return kind == QueueItemKind.TASK_OVERDUE || isCapacity(kind);
    }

    private static boolean isCapacity(QueueItemKind kind) {
        return kind == QueueItemKind.CAPACITY_EXCEEDED || kind == QueueItemKind.CAPACITY_WARNING;
    }

    /** The budget a capacity item is about. */
    public CapacityBudgetId budget() {
        if (!isCapacity(kind)) {
            throw new IllegalStateException("only a capacity item is about a budget");
        }
        return CapacityBudgetId.parse(subject.substring(0, subject.indexOf('.')));
    }

    /** The report a review item is about. */
    public ReportId report() {
        if (kind != QueueItemKind.REPORT_AWAITING_REVIEW) {
            throw new IllegalStateException("only a review item is about a report");
        }
        return ReportId.parse(subject);
    }

    /** The invoice an overdue item is about. */
    public DocsRecordId invoice() {
        if (kind != QueueItemKind.INVOICE_OVERDUE) {
            throw new IllegalStateException("only an overdue invoice's item is about an invoice");
        }
        return DocsRecordId.parse(subject);
    }

    private static Pattern subjectPattern(QueueItemKind kind) {
        return switch (kind) {
            case SLA_BREACHED, SLA_AT_RISK, REQUEST_AWAITING_ACCEPTANCE, ASK_UNCLASSIFIED -> KEY;
            case TASK_OVERDUE -> KEY_AND_DAY;
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> BUDGET_AND_DAY;
            case REPORT_AWAITING_REVIEW, INVOICE_OVERDUE -> RECORD;
        };
    }

    @Override
    public String toString() {
        return Lifecycle.wireName(kind) + "." + subject;
    }
}
