package org.clientportal.application.project;

import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.TaskStatus;

/** Reads a project's plan with the status of every linked task, project and tasks as of one moment. */
public final class GetMilestones {

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final TaskRepository tasks;

    public GetMilestones(Transactions transactions, ProjectRepository projects, TaskRepository tasks) {
        this.transactions = transactions;
        this.projects = projects;
        this.tasks = tasks;
    }

    public MilestonesView execute(Actor actor, String projectId) {
        actor.require(Permission.READ);
        ProjectId id = ProjectId.parse(projectId);
        return transactions.inTenant(actor.tenantId(), () -> {
            Project project = projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", projectId));
            Map<TaskKey, TaskStatus> statuses = tasks.statusesIn(actor.tenantId(), id, project.linkedTaskKeys());
            return new MilestonesView(project, project.milestones().stream()
                    .map(m -> new MilestoneProgress(m, m.taskKeys().stream()
                            .map(key -> new MilestoneProgress.LinkedTask(key,
                                    Optional.ofNullable(statuses.get(key))))
                            .toList()))
                    .toList());
        });
    }
}
