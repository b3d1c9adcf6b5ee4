package org.clientportal.application.project;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;

/** Filters of the project list: one client, and the statuses (any of them matches; none given, any status). */
public record ProjectSearch(Optional<ClientId> clientId, Set<ProjectStatus> statuses) {

    public ProjectSearch {
        Objects.requireNonNull(clientId, "clientId");
        statuses = Set.copyOf(statuses);
    }

    public static ProjectSearch all() {
        return new ProjectSearch(Optional.empty(), Set.of());
    }

    /** Whether a project in this status is listed. */
    public boolean admits(ProjectStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** The filters written one way only (statuses in name order), for binding cursors to them. */
    public String canonical() {
        return "clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&status=" + statuses.stream().map(Lifecycle::wireName).sorted().collect(Collectors.joining(","));
    }
}
