package org.clientportal.application.checkpoint;

import java.util.List;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;

/** A project's checkpoints, soonest due first (a project has at most 20: never paged). */
public final class ListCheckpoints {

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final CheckpointRepository checkpoints;

    ListCheckpoints(Transactions transactions, ProjectRepository projects, CheckpointRepository checkpoints) {
        this.transactions = transactions;
        this.projects = projects;
        this.checkpoints = checkpoints;
    }

    public List<Checkpoint> execute(Actor actor, String projectId) {
        actor.require(Permission.READ);
        ProjectId id = ProjectId.parse(projectId);
        return transactions.inTenant(actor.tenantId(), () -> {
            projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", projectId));
            return checkpoints.ofProject(actor.tenantId(), id);
        });
    }
}
