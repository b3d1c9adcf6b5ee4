package org.clientportal.application.task;

import java.util.List;
import java.util.Set;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskStatus;

/** The filters of the task list as a caller sends them, each null (or, for statuses, empty) when not sent. */
public record TaskFilters(String projectId, String clientId, List<String> statuses, String assigneeId,
                          String visibility, String dueBefore) {

    public TaskFilters {
        statuses = statuses == null ? List.of() : statuses;
    }

    public static TaskFilters none() {
        return new TaskFilters(null, null, List.of(), null, null, null);
    }

    /** Checks every filter, naming each bad one at once. */
    TaskSearch check() {
        Validation v = new Validation();
        TaskSearch search = new TaskSearch(
                v.optional("projectId", projectId, ProjectId::of),
                v.optional("clientId", clientId, ClientId::of),
                Set.copyOf(v.each("status", statuses, raw -> StatusNames.parse(TaskStatus.class, raw))),
                v.optional("assigneeId", assigneeId, OperatorId::of),
                v.optional("visibility", visibility, raw -> StatusNames.parse(Visibility.class, raw)),
                v.optional("dueBefore", dueBefore, Dates::parse));
        v.done();
        return search;
    }
}
