package org.clientportal.application.sla;

import java.util.Map;

/** An agency's SLA targets as sent, by priority name: every priority's, as the policy is replaced whole. */
public record SlaPolicyCommand(Map<String, Target> targets) {

    /** One priority's targets, in working minutes. */
    public record Target(Long firstResponseMinutes, Long resolutionMinutes) {
    }
}
