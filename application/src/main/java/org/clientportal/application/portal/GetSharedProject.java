package org.clientportal.application.portal;

import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;

/**
 * A contact reads one project shared with their client. Another client's project, or an internal
 * one, is not found, exactly like an id that does not exist; of its milestones, only the shared ones
 * come back.
 */
public final class GetSharedProject {

    private final Transactions transactions;
    private final ProjectRepository projects;

    public GetSharedProject(Transactions transactions, ProjectRepository projects) {
        this.transactions = transactions;
        this.projects = projects;
    }

    public Project execute(Actor actor, String projectId) {
        PortalScope scope = PortalScope.of(actor);
        ProjectId id = ProjectId.parse(projectId);
        return transactions.inPortal(scope, () -> projects.find(scope.tenantId(), id)
                .filter(p -> p.clientId().equals(scope.clientId()) && p.isVisibleToClient())
                .map(Project::asSharedWithClient)
                .orElseThrow(() -> new NotFound("project", projectId)));
    }
}
