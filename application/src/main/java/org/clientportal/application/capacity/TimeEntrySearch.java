package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;

/** Filters of the time-entry list, each optional; the days from and to both included. */
public record TimeEntrySearch(Optional<ClientId> client, Optional<ProjectId> project, Optional<TaskKey> task,
                              Optional<OperatorId> operator, Optional<LocalDate> from, Optional<LocalDate> to,
                              Optional<Boolean> billable) {

    public TimeEntrySearch {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(billable, "billable");
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "clientId=" + text(client) + "&projectId=" + text(project) + "&taskKey=" + text(task)
                + "&operatorId=" + text(operator) + "&from=" + text(from) + "&to=" + text(to)
                + "&billable=" + text(billable);
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
