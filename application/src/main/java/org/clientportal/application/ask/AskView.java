package org.clientportal.application.ask;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;

/**
 * An ask as the agency sees it: with the task made of it (if any), its published replies, oldest
 * first, and its SLA clock read now.
 */
public record AskView(Ask ask, Optional<Task> task, List<AskReply> replies, Optional<SlaReading> sla) {

    public AskView {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(task, "task");
        replies = List.copyOf(replies);
        Objects.requireNonNull(sla, "sla");
    }
}
