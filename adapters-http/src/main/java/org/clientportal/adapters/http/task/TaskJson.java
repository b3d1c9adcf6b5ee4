package org.clientportal.adapters.http.task;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.sla.SlaJson;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;

/** A task as the agency sees it, with the moves its status allows now. */
@Schema(name = "Task", description = "A piece of work on a project, known by its key (`ACME-42`).")
public record TaskJson(@Schema(description = "Opaque id; routes name a task by its key.") String id,
                       @Schema(description = "The client's task key prefix and the client's number for the task;"
                               + " never changes.", pattern = TaskRoutes.KEY_PATTERN) String key,
                       @Schema(description = "The project the task is on.") String projectId,
                       @Schema(description = "The project's client.") String clientId,
                       @Schema(maxLength = TaskDetails.TITLE_MAX) String title,
                       @Schema(nullable = true, maxLength = TaskDetails.DESCRIPTION_MAX) String description,
                       @Schema(implementation = TaskPriority.class) String priority,
                       @Schema(nullable = true, description = "When it is due.") LocalDate dueDate,
                       @Schema(nullable = true, description = "The operator working on it; null when nobody is (also"
                               + " once the operator is removed).") String assigneeId,
                       @Schema(implementation = Visibility.class, description = "`client`: the client's contacts may"
                               + " see it; `internal`: the agency only.") String visibility,
                       @Schema(implementation = TaskSource.class, description = "Created by the agency (`operator`),"
                               + " requested by the client's contact (`portal`), accepted from a client's request"
                               + " (`ask`) or made by a recurring checkpoint on its day (`checkpoint`).") String source,
                       @Schema(implementation = TaskStatus.class) String status,
                       @ArraySchema(schema = @Schema(implementation = TaskStatus.class),
                               arraySchema = @Schema(description = "The statuses the task may move to now."))
                       List<String> allowedTransitions,
                       @Schema(nullable = true, maxLength = TransitionCommand.REASON_MAX, description = "Why a client's"
                               + " request was declined, while it stays declined; the client's contact is shown it.")
                       String declineReason,
                       @Schema(nullable = true, description = "The SLA clock of a client's request; null on the"
                               + " agency's own tasks, and on requests filed before the portal kept SLA clocks.") SlaJson sla,
                       @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                               + " quotes.") long version,
                       @Schema(description = "When the task was created.") Instant createdAt,
                       @Schema(description = "When the task last changed.") Instant updatedAt) {

    public static TaskJson of(TaskView view) {
        Task task = view.task();
        TaskDetails details = task.details();
        return new TaskJson(task.id().toString(), task.key().value(), task.projectId().toString(),
                task.clientId().toString(), details.title(), details.description().orElse(null),
                WireNames.of(details.priority()), details.dueDate().orElse(null),
                details.assignee().map(OperatorId::toString).orElse(null), WireNames.of(details.visibility()),
                WireNames.of(task.source()), WireNames.of(task.status()),
                WireNames.of(TaskLifecycle.MOVES.allowedFrom(task.status())), task.declineReason().orElse(null),
                view.sla().map(SlaJson::of).orElse(null), task.version(), task.createdAt(), task.updatedAt());
    }
}
