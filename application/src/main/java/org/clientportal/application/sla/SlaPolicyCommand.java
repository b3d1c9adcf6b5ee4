package org.clientportal.application.sla;

import java.util.Map;
import java.util.Optional;

/**
 * An agency's SLA targets as sent, by priority name: every priority's, as the policy is replaced
 * whole, and the version they were based on (If-Match), if the caller named one.
 */
public record SlaPolicyCommand(Map<String, Target> targets, Optional<Long> expectedVersion) {

    /** One priority's targets, in working minutes. */
    public record Target(Long firstResponseMinutes, Long resolutionMinutes) {
    }
}
