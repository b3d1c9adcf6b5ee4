package org.clientportal.application.sla;

import java.util.List;
import java.util.Optional;

/**
 * An agency's business hours as sent: every field, as the settings are replaced whole, and the
 * version they were based on (If-Match), if the caller named one.
 */
public record BusinessHoursCommand(String timeZone, List<String> workingDays, String opens, String closes,
                                   List<String> holidays, Optional<Long> expectedVersion) {

    /** How {@code opens} and {@code closes} are written: hours and minutes, {@code 09:00}. */
    public static final String TIME_OF_DAY = "^[0-2][0-9]:[0-5][0-9]$";
}
