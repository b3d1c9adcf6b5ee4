package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clientportal.application.port.Clock;

/** Which day it is for time and budgets: a UTC day, the same for every agency. */
final class CapacityDays {

    private CapacityDays() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
