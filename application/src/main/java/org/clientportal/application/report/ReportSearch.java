package org.clientportal.application.report;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;

/** Filters of a report list: a client, a project, a status. A client's contacts get their client's published ones. */
public record ReportSearch(Optional<ClientId> clientId, Optional<ProjectId> projectId, Optional<ReportStatus> status) {

    public ReportSearch {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
    }

    /** What a client's contacts may read: their client's published reports. */
    public static ReportSearch publishedFor(ClientId client) {
        return new ReportSearch(Optional.of(client), Optional.empty(), Optional.of(ReportStatus.PUBLISHED));
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&projectId=" + projectId.map(ProjectId::toString).orElse("")
                + "&status=" + status.map(Lifecycle::wireName).orElse("");
    }
}
