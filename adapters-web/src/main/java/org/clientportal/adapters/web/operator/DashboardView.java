package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.shared.Lifecycle;

/**
 * The dashboard: the queue's first items, most urgent first, work due within a week, soonest first,
 * and the clients' capacity used.
 */
public record DashboardView(Frame frame, List<QueueRow> sla, List<QueueRow> queue, List<DueRow> due, CapacityChart capacity) {

    /** {@code link}: the task's, the ask's or the report's page, else the client's (at its capacity for a budget's). */
    public record QueueRow(String kind, String subject, String title, String why, String link, String since) {

        static QueueRow of(QueueItem item) {
            String link = switch (item.subject().type()) {
                case "task" -> "/app/tasks/" + item.subject().key();
                case "ask" -> "/app/asks/" + item.subject().key();
                case "report" -> "/app/reports/" + item.subject().key();
                case "capacity-budget" -> "/app/clients/" + item.clientId() + "#time";
                default -> "/app/clients/" + item.clientId();
            };
            return new QueueRow(Shown.label(Lifecycle.wireName(item.kind())), item.subject().key(), item.title(),
                    item.why(), link, Shown.time(item.at()));
        }
    }

    /** {@code link}: the task's page, the milestone's project, the report's page, else the client's (an invoice's). */
    public record DueRow(String type, String key, String title, String dueDate, String status, String link) {

        static DueRow of(DueItem item) {
            String link = switch (item.type()) {
                case "task" -> "/app/tasks/" + item.key();
                case "milestone" -> item.projectId().map(id -> "/app/projects/" + id).orElse("/app/clients/"
                        + item.clientId());
                case "report" -> "/app/reports/" + item.key();
                default -> "/app/clients/" + item.clientId();
            };
            return new DueRow(Shown.label(item.type()), item.key(), item.title(), Shown.date(item.dueDate()),
                    Shown.label(item.status()), link);
        }
    }
}
