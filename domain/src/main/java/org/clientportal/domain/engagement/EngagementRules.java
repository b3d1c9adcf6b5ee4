package org.clientportal.domain.engagement;

import java.util.Collection;
import java.util.Optional;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Rejection;

/**
 * The rules between a client and its projects, over plain facts. Together they keep one invariant:
 * a project is active (or paused mid-work, or in review) only while its client is engaged.
 * <ul>
 *   <li>No new project for an offboarded client.</li>
 *   <li>A project goes active only while its client is onboarding or active.</li>
 *   <li>A client is paused only when none of its projects is active (hold them first).</li>
 *   <li>A client is offboarded only when none of its projects is active, on hold or in review
 *       (complete or cancel them first).</li>
 * </ul>
 */
public final class EngagementRules {

    private EngagementRules() {
    }

    public static Optional<Rejection> mayCreateProject(ClientStatus clientStatus) {
        if (clientStatus == ClientStatus.OFFBOARDED) {
            return Optional.of(new Rejection("project.client-offboarded",
                    "The client is offboarded; re-engage it (move it to onboarding) before planning new work"));
        }
        return Optional.empty();
    }

    public static Optional<Rejection> mayMoveProject(ProjectStatus target, ClientStatus clientStatus) {
        if (target == ProjectStatus.ACTIVE && !clientStatus.isEngaged()) {
            return Optional.of(new Rejection("project.client-not-engaged",
                    "A project can only be active while its client is onboarding or active; the client is "
                            + clientStatus.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }

    public static Optional<Rejection> mayMoveClient(ClientStatus target, Collection<ProjectStatus> projectStatuses) {
        if (target == ClientStatus.PAUSED && projectStatuses.contains(ProjectStatus.ACTIVE)) {
            return Optional.of(new Rejection("client.has-active-projects",
                    "The client has active projects; put them on hold before pausing the client"));
        }
        if (target == ClientStatus.OFFBOARDED && projectStatuses.stream().anyMatch(ProjectStatus::isOpen)) {
            return Optional.of(new Rejection("client.has-open-projects",
                    "The client has active, on-hold or in-review projects; complete or cancel them before offboarding"));
        }
        return Optional.empty();
    }
}
