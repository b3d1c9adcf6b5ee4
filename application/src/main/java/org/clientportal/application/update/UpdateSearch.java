package org.clientportal.application.update;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Visibility;

/**
 * Filters of an update list: one project, one client, a visibility; and, for what a client's
 * contacts may see, only updates of projects shared with them.
 */
public record UpdateSearch(Optional<ProjectId> projectId, Optional<ClientId> clientId,
                           Optional<Visibility> visibility, boolean sharedProjectsOnly) {

    public UpdateSearch {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** An agency's list of one project's updates. */
    public static UpdateSearch ofProject(ProjectId project, Optional<Visibility> visibility) {
        return new UpdateSearch(Optional.of(project), Optional.empty(), visibility, false);
    }

    /** What a client's contacts may see: client-visible updates of their client's shared projects. */
    public static UpdateSearch sharedWith(ClientId client, Optional<ProjectId> project) {
        return new UpdateSearch(project, Optional.of(client), Optional.of(Visibility.CLIENT), true);
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "projectId=" + projectId.map(ProjectId::toString).orElse("")
                + "&clientId=" + clientId.map(ClientId::toString).orElse("")
                + "&visibility=" + visibility.map(Lifecycle::wireName).orElse("")
                + "&sharedProjectsOnly=" + sharedProjectsOnly;
    }
}
