package org.clientportal.domain.sla;

import java.util.Map;
import org.clientportal.domain.task.TaskPriority;

/**
 * An agency's SLA targets, one per priority, in working time. A clock is at risk once 75 % of a
 * target it still runs against is used, and breached once all of it is.
 */
public record SlaPolicy(Map<TaskPriority, SlaTarget> targets) {

    public static final int AT_RISK_PERCENT = 75;

    /**
     * Until an agency says otherwise: urgent 1 h / 8 h (a working day), high 4 h / 2 days, normal
     * 8 h / 5 days, low 2 days / 10 days, with working days of eight hours.
     */
    public static final SlaPolicy DEFAULT = new SlaPolicy(Map.of(
            TaskPriority.URGENT, SlaTarget.ofMinutes(60, 480),
            TaskPriority.HIGH, SlaTarget.ofMinutes(240, 960),
            TaskPriority.NORMAL, SlaTarget.ofMinutes(480, 2_400),
            TaskPriority.LOW, SlaTarget.ofMinutes(960, 4_800)));

    public SlaPolicy {
        for (TaskPriority priority : TaskPriority.values()) {
            if (!targets.containsKey(priority)) {
                throw new IllegalArgumentException("a policy has a target for every priority");
            }
        }
        targets = Map.copyOf(targets);
    }

    public SlaTarget targetFor(TaskPriority priority) {
        return targets.get(priority);
    }
}
