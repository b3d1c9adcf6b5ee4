package org.clientportal.application.queue;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaAlerts;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.sla.SlaSettings;

/** The operator's queue: what needs someone now, the marks that take items out of it, and each operator's digest. */
public record QueueFeature(GetQueue getQueue, AcknowledgeQueueItem acknowledge, SnoozeQueueItem snooze,
                           GetDigest getDigest, RaiseSlaAlerts raiseSlaAlerts) {

    /** The ports the queue and the digest read. */
    public record Ports(Transactions transactions, WorkQueue queue, RequestClockRepository clocks,
                        SlaSettingsRepository settings, OperatorRepository operators, TaskRepository tasks,
                        SlaAlerts alerts, Clock clock) {
    }

    public static QueueFeature wire(Ports p, AuditRecorder audit, Notifications notifications) {
        SlaSettings settings = new SlaSettings(p.settings());
        QueueItems items = new QueueItems(p.queue(), p.clocks(), settings, p.clock());
        QueueMarks marks = new QueueMarks(p.transactions(), p.queue(), items, audit, p.clock());
        return new QueueFeature(new GetQueue(p.transactions(), items), new AcknowledgeQueueItem(marks),
                new SnoozeQueueItem(marks),
                new GetDigest(p.transactions(), p.operators(), p.tasks(), items, settings, p.clock()),
                new RaiseSlaAlerts(p.transactions(), items, p.alerts(), notifications));
    }
}
