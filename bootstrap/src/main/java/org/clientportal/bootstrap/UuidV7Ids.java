package org.clientportal.bootstrap;

import java.security.SecureRandom;
import java.util.UUID;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;

/**
 * RFC 9562 version 7 UUIDs: a millisecond timestamp first, so ids sort by creation time and
 * B-tree inserts stay at the right edge. Within one millisecond a counter keeps them increasing.
 */
final class UuidV7Ids implements IdSource {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int sequence;

    UuidV7Ids(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.now().toEpochMilli();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = random.nextInt(1 << 11);
        } else if (++sequence >= 1 << 12) {
            // 4096 ids in one millisecond: borrow the next millisecond rather than repeat.
            lastMillis++;
            sequence = 0;
        }
        long high = (lastMillis << 16) | 0x7000L | sequence;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
