package org.clientportal.application.fakes;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.clientportal.application.port.IdSource;

/** Ids that grow in creation order, like the real time-ordered ones, and are easy to read. */
public final class SequenceIds implements IdSource {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public UUID next() {
        return new UUID(0x0000_0000_0000_7000L, next.getAndIncrement());
    }
}
