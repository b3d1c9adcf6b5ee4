package org.clientportal.adapters.persistence.capacity;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.TimeEntriesRecord;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeEntryTask;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskId;

/** Converts between time_entries rows and {@link TimeEntry}. */
final class TimeEntryRows {

    private TimeEntryRows() {
    }

    static TimeEntriesRecord toRecord(TimeEntry entry) {
        TimeEntriesRecord record = new TimeEntriesRecord();
        record.setTenantId(entry.tenantId().value());
        record.setId(entry.id().value());
        record.setClientId(entry.clientId().value());
        record.setProjectId(entry.projectId().map(ProjectId::value).orElse(null));
        record.setTaskId(entry.task().map(t -> t.id().value()).orElse(null));
        record.setTaskKey(entry.task().map(t -> t.key().value()).orElse(null));
        record.setOperatorId(entry.operatorId().value());
        record.setMinutes(entry.spent().minutes());
        record.setDate(entry.spent().date());
        record.setNote(entry.spent().note().orElse(null));
        record.setBillable(entry.spent().billable());
        record.setVersion(entry.version());
        record.setCreatedAt(entry.createdAt());
        record.setUpdatedAt(entry.updatedAt());
        return record;
    }

    static TimeEntry toEntry(TimeEntriesRecord record) {
        Optional<TimeEntryTask> task = Optional.ofNullable(record.getTaskId())
                .map(id -> new TimeEntryTask(new TaskId(id), new TaskKey(record.getTaskKey())));
        return new TimeEntry(new TimeEntryId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()), Optional.ofNullable(record.getProjectId()).map(ProjectId::new), task,
                new OperatorId(record.getOperatorId()), new TimeSpent(record.getMinutes(), record.getDate(),
                        Optional.ofNullable(record.getNote()), record.getBillable()),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
