package org.clientportal.application.project;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectStatus;

/** Filters of the project list. */
public record ProjectSearch(Optional<ClientId> clientId, Optional<ProjectStatus> status) {

    public ProjectSearch {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
    }

    public static ProjectSearch all() {
        return new ProjectSearch(Optional.empty(), Optional.empty());
    }
}
