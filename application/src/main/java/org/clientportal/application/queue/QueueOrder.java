package org.clientportal.application.queue;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The queue's one order: most urgent kind first, and within a kind the oldest first. */
public enum QueueOrder implements SortField {
    URGENCY(new Key("urgency", SortValue.Kind.RANKED_TIME));

    private final Key key;

    QueueOrder(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
