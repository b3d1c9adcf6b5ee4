package org.clientportal.application.sla;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaTarget;
import org.clientportal.domain.task.TaskPriority;

/** Checks SLA targets as sent, naming every wrong field at once. */
final class SlaPolicyInput {

    private SlaPolicyInput() {
    }

    static SlaPolicy policy(SlaPolicyCommand command) {
        Validation v = new Validation();
        Map<String, SlaPolicyCommand.Target> raw = command.targets() == null ? Map.of() : command.targets();
        Map<TaskPriority, SlaTarget> targets = new EnumMap<>(TaskPriority.class);
        Set<TaskPriority> named = EnumSet.noneOf(TaskPriority.class);
        raw.forEach((name, target) -> {
            String field = "targets." + name;
            TaskPriority priority = v.required(field, name, n -> StatusNames.parse(TaskPriority.class, n));
            if (priority != null && !named.add(priority)) {
                v.add(field, "names the " + Lifecycle.wireName(priority) + " priority twice");
            }
            SlaTarget checked = target(v, field, target);
            if (priority != null && checked != null) {
                targets.put(priority, checked);
            }
        });
        for (TaskPriority priority : TaskPriority.values()) {
            if (!named.contains(priority)) {
                v.add("targets." + Lifecycle.wireName(priority), "is required: every priority has its targets");
            }
        }
        v.done();
        return new SlaPolicy(targets);
    }

    private static SlaTarget target(Validation v, String field, SlaPolicyCommand.Target target) {
        if (target == null) {
            v.add(field, "is required: {\"firstResponseMinutes\": …, \"resolutionMinutes\": …}");
            return null;
        }
        Long first = v.requiredValue(field + ".firstResponseMinutes", target.firstResponseMinutes(),
                SlaTarget::checkedMinutes);
        Long resolution = v.requiredValue(field + ".resolutionMinutes", target.resolutionMinutes(),
                SlaTarget::checkedMinutes);
        if (first == null || resolution == null) {
            return null;
        }
        if (resolution < first) {
            v.add(field + ".resolutionMinutes", "must be at least firstResponseMinutes (" + first + ")");
            return null;
        }
        return SlaTarget.ofMinutes(first, resolution);
    }
}
