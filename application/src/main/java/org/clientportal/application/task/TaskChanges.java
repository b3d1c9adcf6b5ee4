package org.clientportal.application.task;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.TaskDetails;

/**
 * A partial update of a task's details; fields left out keep their value, null clears an optional
 * one (and puts priority and visibility back to their defaults).
 */
public record TaskChanges(Change<String> title, Change<String> description, Change<String> priority,
                          Change<String> dueDate, Change<String> assigneeId, Change<String> visibility,
                          Optional<Long> expectedVersion) {

    /** The details after applying these changes, checked as a whole. */
    TaskDetails applyTo(TaskDetails current) {
        return new TaskInput(
                title.or(current.title()),
                description.or(current.description().orElse(null)),
                priority.or(Lifecycle.wireName(current.priority())),
                dueDate.or(current.dueDate().map(LocalDate::toString).orElse(null)),
                assigneeId.or(current.assignee().map(OperatorId::toString).orElse(null)),
                visibility.or(Lifecycle.wireName(current.visibility())))
                .toDetails();
    }
}
