package org.clientportal.adapters.persistence.task;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.TasksRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;

/** Converts between tasks rows and {@link Task}; absent values are NULL, enums their lower-case name. */
final class TaskRows {

    private TaskRows() {
    }

    static TasksRecord toRecord(Task task) {
        TaskDetails details = task.details();
        TasksRecord record = new TasksRecord();
        record.setTenantId(task.tenantId().value());
        record.setId(task.id().value());
        record.setProjectId(task.projectId().value());
        record.setClientId(task.clientId().value());
        record.setKey(task.key().value());
        record.setTitle(details.title());
        record.setDescription(details.description().orElse(null));
        record.setPriority(Lifecycle.wireName(details.priority()));
        record.setDueDate(details.dueDate().orElse(null));
        record.setAssigneeId(details.assignee().map(OperatorId::value).orElse(null));
        record.setVisibility(Lifecycle.wireName(details.visibility()));
        record.setSource(Lifecycle.wireName(task.source()));
        record.setStatus(Lifecycle.wireName(task.status()));
        record.setDeclineReason(task.declineReason().orElse(null));
        record.setVersion(task.version());
        record.setCreatedAt(task.createdAt());
        record.setUpdatedAt(task.updatedAt());
        return record;
    }

    static Task toTask(TasksRecord record) {
        TaskDetails details = new TaskDetails(record.getTitle(), Optional.ofNullable(record.getDescription()),
                StatusNames.parse(TaskPriority.class, record.getPriority()), Optional.ofNullable(record.getDueDate()),
                Optional.ofNullable(record.getAssigneeId()).map(OperatorId::new),
                StatusNames.parse(Visibility.class, record.getVisibility()));
        return Task.restore(new TaskId(record.getId()), new TenantId(record.getTenantId()),
                new ProjectId(record.getProjectId()), new ClientId(record.getClientId()), new TaskKey(record.getKey()),
                details, StatusNames.parse(TaskSource.class, record.getSource()),
                StatusNames.parse(TaskStatus.class, record.getStatus()), Optional.ofNullable(record.getDeclineReason()),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
