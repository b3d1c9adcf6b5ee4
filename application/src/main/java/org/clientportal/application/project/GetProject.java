package org.clientportal.application.project;

import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;

public final class GetProject {

    private final Transactions transactions;
    private final ProjectRepository projects;

    public GetProject(Transactions transactions, ProjectRepository projects) {
        this.transactions = transactions;
        this.projects = projects;
    }

    public Project execute(Actor actor, String projectId) {
        actor.require(Permission.READ);
        ProjectId id = ProjectId.parse(projectId);
        return transactions.inTenant(actor.tenantId(),
                () -> projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", projectId)));
    }
}
