package org.clientportal.application.task;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;

/** A task as the agency sees it: with its SLA clock read now, when it carries a client's request. */
public record TaskView(Task task, Optional<SlaReading> sla) {

    public TaskView {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(sla, "sla");
    }

    /** An operator's own task, which no SLA measures. */
    public static TaskView unmeasured(Task task) {
        return new TaskView(task, Optional.empty());
    }
}
