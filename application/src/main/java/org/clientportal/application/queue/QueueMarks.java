package org.clientportal.application.queue;

import java.time.Instant;
import java.util.List;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.shared.NotFound;

/**
 * Leaves a mark on an item that is in the queue now (the id of anything else is not found), in the
 * caller's name, audited on the item.
 */
final class QueueMarks {

    /** How a mark changes, given who changes it and when. */
    interface Change {
        QueueMark apply(QueueMark before, String by, Instant now);
    }

    private final Transactions transactions;
    private final WorkQueue queue;
    private final QueueItems items;
    private final AuditRecorder audit;
    private final Clock clock;

    QueueMarks(Transactions transactions, WorkQueue queue, QueueItems items, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.queue = queue;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    QueueMark mark(Actor actor, String rawId, String action, Change change) {
        actor.require(Permission.WRITE);
        QueueItemId id = parse(rawId);
        return transactions.inTenant(actor.tenantId(), () -> {
            items.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("queue-item", rawId));
            QueueMark before = queue.marks(actor.tenantId(), List.of(id)).getOrDefault(id, QueueMark.none(id));
            QueueMark after = change.apply(before, actor.principal().name(), clock.now());
            if (!after.equals(before)) {
                queue.saveMark(actor.tenantId(), after);
                audit.changed(actor, action, "queue-item", id.toString(), Snapshots.of(before), Snapshots.of(after));
            }
            return after;
        });
    }

    private static QueueItemId parse(String raw) {
        try {
            return QueueItemId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFound("queue-item", String.valueOf(raw));
        }
    }
}
