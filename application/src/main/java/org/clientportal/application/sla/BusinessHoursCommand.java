package org.clientportal.application.sla;

import java.util.List;

/** An agency's business hours as sent: every field, as the settings are replaced whole. */
public record BusinessHoursCommand(String timeZone, List<String> workingDays, String opens, String closes,
                                   List<String> holidays) {
}
