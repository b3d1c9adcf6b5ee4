package org.clientportal.domain.capacity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;

/**
 * Time an operator spent on a client's work, optionally on one of its projects and one of that
 * project's tasks. Internal to the agency: a client sees only the totals its capacity budgets show.
 * What it was spent on never changes; how long, when, why and whether it is billed may.
 */
public record TimeEntry(TimeEntryId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId,
                        Optional<TimeEntryTask> task, OperatorId operatorId, TimeSpent spent, long version,
                        Instant createdAt, Instant updatedAt) {

    public TimeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (task.isPresent() && projectId.isEmpty()) {
            throw new IllegalArgumentException("a time entry on a task is on that task's project too");
        }
    }

    public static TimeEntry log(TimeEntryId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId,
                                Optional<TimeEntryTask> task, OperatorId operatorId, TimeSpent spent, Instant now) {
        return new TimeEntry(id, tenantId, clientId, projectId, task, operatorId, spent, 1, now, now);
    }

    /** The same object when nothing differs. */
    public TimeEntry with(TimeSpent newSpent, Instant now) {
        if (spent.equals(newSpent)) {
            return this;
        }
        return new TimeEntry(id, tenantId, clientId, projectId, task, operatorId, newSpent, version + 1, createdAt,
                now);
    }
}
