package org.clientportal.application.project;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Filters of the project list: one client, the statuses (any of them matches; none given, any
 * status), and a visibility.
 */
public record ProjectSearch(Optional<ClientId> clientId, Set<ProjectStatus> statuses,
                            Optional<Visibility> visibility) {

    public ProjectSearch {
        Objects.requireNonNull(clientId, "clientId");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(visibility, "visibility");
    }

    public static ProjectSearch all() {
        return new ProjectSearch(Optional.empty(), Set.of(), Optional.empty());
    }

    /** What a client's contacts may list: their client's shared projects. */
    public static ProjectSearch sharedWith(ClientId client) {
        return new ProjectSearch(Optional.of(client), Set.of(), Optional.of(Visibility.CLIENT));
    }

    /** Whether a project is listed. */
    public boolean admits(Project project) {
        return clientId.map(project.clientId()::equals).orElse(true) && admits(project.status())
                && visibility.map(v -> v == project.visibility()).orElse(true);
    }

    /** Whether a project in this status is listed. */
    public boolean admits(ProjectStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    /** The filters written one way only (statuses in name order), for binding cursors to them. */
    public String canonical() {
        return "clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&status=" + statuses.stream().map(Lifecycle::wireName).sorted().collect(Collectors.joining(","))
                + "&visibility=" + visibility.map(Lifecycle::wireName).orElse("");
    }
}
