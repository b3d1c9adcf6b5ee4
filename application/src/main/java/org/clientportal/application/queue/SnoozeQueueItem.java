package org.clientportal.application.queue;

import java.time.Instant;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;

/** An operator snoozes an item: it leaves the queue until then (at most 90 days ahead). */
public final class SnoozeQueueItem {

    private final QueueMarks marks;

    SnoozeQueueItem(QueueMarks marks) {
        this.marks = marks;
    }

    public QueueMark execute(Actor actor, String itemId, String until) {
        Validation v = new Validation();
        Instant wakes = v.required("until", until, Dates::instant);
        v.done();
        return marks.mark(actor, itemId, "queue-item.snoozed", (before, by, now) -> {
            try {
                return before.snooze(wakes, by, now);
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("until", e.getMessage());
            }
        });
    }
}
