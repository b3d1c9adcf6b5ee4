package org.clientportal.bootstrap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clientportal.application.port.Clock;

/** The machine's clock, in UTC, to the microsecond: the precision PostgreSQL keeps, so reads match writes. */
final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
