package org.clientportal.domain.agenda;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;

/**
 * Work coming due: an open task, a milestone not yet completed of a project still under way, or a
 * report to a client not yet published or discarded, due on its period's last day. {@code key} is
 * the task's key, the milestone's key within its project, or the report's id; {@code status} the
 * task's or report's status, or {@code open} for a milestone; {@code projectId} is empty for a
 * report on all of a client's work. {@code orderId} breaks ties of due date: the task's or report's
 * id, or an id derived from the milestone's project and key.
 */
public record DueItem(String type, String key, String title, LocalDate dueDate, Optional<ProjectId> projectId,
                      ClientId clientId, String status, UUID orderId) {

    public DueItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderId, "orderId");
    }
}
