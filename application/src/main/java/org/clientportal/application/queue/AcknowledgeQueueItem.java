package org.clientportal.application.queue;

import org.clientportal.application.shared.Actor;
import org.clientportal.domain.queue.QueueMark;

/** An operator acknowledges an item: it leaves the queue for good (a new due date or state is a new item). */
public final class AcknowledgeQueueItem {

    private final QueueMarks marks;

    AcknowledgeQueueItem(QueueMarks marks) {
        this.marks = marks;
    }

    public QueueMark execute(Actor actor, String itemId) {
        return marks.mark(actor, itemId, "queue-item.acknowledged", (before, by, now) -> before.acknowledge(by, now));
    }
}
