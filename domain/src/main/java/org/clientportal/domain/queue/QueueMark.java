package org.clientportal.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What operators did with a queue item: acknowledged it (it leaves the queue for good) or snoozed
 * it (it leaves the queue until then). Kept by the item's id, for the whole agency.
 */
public record QueueMark(QueueItemId itemId, Optional<Stamp> acknowledged, Optional<Snooze> snoozed) {

    /** The longest snooze: beyond it, acknowledge the item instead. */
    public static final Duration SNOOZE_MAX = Duration.ofDays(90);

    /** Who did it, as the audit names them, and when. */
    public record Stamp(String by, Instant at) {
        public Stamp {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public record Snooze(Instant until, Stamp stamp) {
        public Snooze {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    public QueueMark {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(acknowledged, "acknowledged");
        Objects.requireNonNull(snoozed, "snoozed");
    }

    public static QueueMark none(QueueItemId itemId) {
        return new QueueMark(itemId, Optional.empty(), Optional.empty());
    }

    /** Acknowledged once: a second acknowledgement keeps the first one's who and when. */
    public QueueMark acknowledge(String by, Instant at) {
        return acknowledged.isPresent() ? this : new QueueMark(itemId, Optional.of(new Stamp(by, at)), snoozed);
    }

    /** Snoozed until a moment after {@code at} and at most {@link #SNOOZE_MAX} later; a new snooze replaces the old. */
    public QueueMark snooze(Instant until, String by, Instant at) {
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("must lie ahead");
        }
        if (until.isAfter(at.plus(SNOOZE_MAX))) {
            throw new IllegalArgumentException("must be at most " + SNOOZE_MAX.toDays() + " days ahead");
        }
        return new QueueMark(itemId, acknowledged, Optional.of(new Snooze(until, new Stamp(by, at))));
    }

    /** Out of the queue at that moment. */
    public boolean hides(Instant at) {
        return acknowledged.isPresent() || snoozed.map(s -> s.until().isAfter(at)).orElse(false);
    }
}
