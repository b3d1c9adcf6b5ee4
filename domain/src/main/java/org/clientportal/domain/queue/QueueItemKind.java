package org.clientportal.domain.queue;

/**
 * Why something needs an operator now, most urgent first: the queue lists every item of one kind
 * before any of the next.
 */
public enum QueueItemKind {
    /** A client request missed its first-response or resolution target. */
    SLA_BREACHED,
    /** A client request used 75 % of a target it still runs against. */
    SLA_AT_RISK,
    /** A task not done or cancelled whose due date has passed. */
    TASK_OVERDUE,
    /** A task the client requested, waiting to be accepted or declined. */
    REQUEST_AWAITING_ACCEPTANCE,
    /** A bug report or question from the client, not yet classified. */
    ASK_UNCLASSIFIED,
    /** A report to a client submitted for review, waiting to be approved or sent back. */
    REPORT_AWAITING_REVIEW,
    /** An invoice of a client Klevar Docs reports overdue. */
    INVOICE_OVERDUE,
    /** A capacity budget's period passed 100 %. */
    CAPACITY_EXCEEDED,
    /** A capacity budget's period passed 80 %. */
    CAPACITY_WARNING;

    /** 1 for the most urgent kind. */
    public int rank() {
        return ordinal() + 1;
    }

    /** Read from the SLA clocks as they stand now, rather than from stored rows alone. */
    public boolean isSla() {
        return this == SLA_BREACHED || this == SLA_AT_RISK;
    }
}
