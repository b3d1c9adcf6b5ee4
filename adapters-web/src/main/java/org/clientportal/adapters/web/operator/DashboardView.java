package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.shared.Lifecycle;

/** The dashboard: the queue's first items, most urgent first, and work due within a week, soonest first. */
public record DashboardView(Frame frame, List<QueueRow> queue, List<DueRow> due) {

    public record QueueRow(String kind, String subject, String title, String why, String clientId, String since) {

        static QueueRow of(QueueItem item) {
            return new QueueRow(Shown.label(Lifecycle.wireName(item.kind())), item.subject().key(), item.title(), item.why(),
                    item.clientId().toString(), Shown.time(item.at()));
        }
    }

    public record DueRow(String type, String key, String title, String dueDate, String status, String clientId) {

        static DueRow of(DueItem item) {
            return new DueRow(Shown.label(item.type()), item.key(), item.title(), Shown.date(item.dueDate()),
                    Shown.label(item.status()), item.clientId().toString());
        }
    }
}
