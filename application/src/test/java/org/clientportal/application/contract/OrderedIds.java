package org.clientportal.application.contract;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UUIDv7-shaped ids that strictly grow in creation order, as the real id source's do, and are
 * unique across test classes sharing one database.
 */
final class OrderedIds {

    /** Milliseconds since the epoch shifted left by 12, plus a 12-bit sequence within the millisecond. */
    private static final AtomicLong LAST = new AtomicLong();

    private OrderedIds() {
    }

    static UUID next() {
        long tick = LAST.updateAndGet(previous -> Math.max(previous + 1, System.currentTimeMillis() << 12));
        long mostSignificant = (tick >>> 12) << 16 | 0x7000L | (tick & 0xFFFL);
        long leastSignificant = ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
