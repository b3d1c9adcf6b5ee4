package org.clientportal.application.task;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskPriority;

/**
 * The editable fields of a task as a caller sends them, before they are checked. Left out,
 * priority is {@code normal} and visibility {@code internal}.
 */
public record TaskInput(String title, String description, String priority, String dueDate, String assigneeId,
                        String visibility) {

    /** Checks every field and builds the details, or throws one error naming all bad fields. */
    public TaskDetails toDetails() {
        Validation v = new Validation();
        String checkedTitle = v.requiredText("title", title, TaskDetails.TITLE_MAX);
        Optional<String> checkedDescription = v.optionalMultiLineText("description", description,
                TaskDetails.DESCRIPTION_MAX);
        TaskPriority checkedPriority = v.optional("priority", priority, raw -> StatusNames.parse(TaskPriority.class, raw))
                .orElse(TaskPriority.NORMAL);
        Optional<LocalDate> due = v.optional("dueDate", dueDate, Dates::parse);
        Optional<OperatorId> assignee = v.optional("assigneeId", assigneeId, OperatorId::of);
        Visibility checkedVisibility = v.optional("visibility", visibility, raw -> StatusNames.parse(Visibility.class, raw))
                .orElse(Visibility.INTERNAL);
        v.done();
        return new TaskDetails(checkedTitle, checkedDescription, checkedPriority, due, assignee, checkedVisibility);
    }
}
