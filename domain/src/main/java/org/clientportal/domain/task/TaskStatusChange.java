package org.clientportal.domain.task;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** One move of a task through its lifecycle, kept so that the client's feed can tell of it. */
public record TaskStatusChange(UUID id, TenantId tenantId, TaskId taskId, ClientId clientId, TaskStatus from,
                               TaskStatus to, Instant at) {

    public TaskStatusChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
