package org.clientportal.application.report;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.ReportPeriod;

/** What a report is about, checked: a client, perhaps one of its projects, a period, and its title if one was given. */
record ReportSubject(ClientId clientId, Optional<ProjectId> projectId, ReportPeriod period, Optional<String> title) {

    ReportSubject {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(title, "title");
    }
}
