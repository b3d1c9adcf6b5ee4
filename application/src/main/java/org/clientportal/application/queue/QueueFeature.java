package org.clientportal.application.queue;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.sla.SlaSettings;

/** The operator's queue: what needs someone now, and the marks that take items out of it. */
public record QueueFeature(GetQueue getQueue, AcknowledgeQueueItem acknowledge, SnoozeQueueItem snooze) {

    public static QueueFeature wire(Transactions transactions, WorkQueue queue, RequestClockRepository clocks,
                                    SlaSettingsRepository settings, AuditRecorder audit, Clock clock) {
        QueueItems items = new QueueItems(queue, clocks, new SlaSettings(settings), clock);
        QueueMarks marks = new QueueMarks(transactions, queue, items, audit, clock);
        return new QueueFeature(new GetQueue(transactions, items), new AcknowledgeQueueItem(marks),
                new SnoozeQueueItem(marks));
    }
}
