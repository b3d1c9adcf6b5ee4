package org.clientportal.application.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;

/** Checks a whole plan of milestones, naming each bad field by its position ({@code milestones[2].key}). */
final class MilestonePlan {

    private MilestonePlan() {
    }

    static List<Milestone> check(List<MilestoneInput> inputs) {
        Validation v = new Validation();
        List<Milestone> plan = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MilestoneInput input = inputs.get(i);
            String at = "milestones[" + i + "].";
            if (input == null) {
                v.add("milestones[" + i + "]", "must be an object");
                continue;
            }
            MilestoneKey key = v.required(at + "key", input.key(), MilestoneKey::new);
            String title = v.requiredText(at + "title", input.title(), Milestone.TITLE_MAX);
            List<TaskKey> taskKeys = taskKeys(v, at, input.taskKeys());
            Optional<LocalDate> due = v.optional(at + "dueDate", input.dueDate(), Dates::parse);
            Visibility visibility = v.optional(at + "visibility", input.visibility(),
                    raw -> StatusNames.parse(Visibility.class, raw)).orElse(Visibility.INTERNAL);
            if (!v.hasErrors()) {
                plan.add(new Milestone(key, title, taskKeys, due, visibility, Optional.empty()));
            }
        }
        v.done();
        return plan;
    }

    private static List<TaskKey> taskKeys(Validation v, String at, List<String> raw) {
        List<String> keys = raw == null ? List.of() : raw;
        if (keys.size() > Milestone.TASK_KEYS_MAX) {
            v.add(at + "taskKeys", "must hold at most " + Milestone.TASK_KEYS_MAX + " keys");
            return List.of();
        }
        List<TaskKey> checked = new ArrayList<>();
        for (int j = 0; j < keys.size(); j++) {
            TaskKey key = v.required(at + "taskKeys[" + j + "]", keys.get(j), TaskKey::new);
            if (key != null && !checked.contains(key)) {
                checked.add(key);
            }
        }
        return checked;
    }
}
