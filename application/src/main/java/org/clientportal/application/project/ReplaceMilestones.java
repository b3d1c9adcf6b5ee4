package org.clientportal.application.project;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.project.UnknownTaskKeys;

/**
 * Replaces a project's ordered milestone list; milestones that keep their key keep their
 * completion. Every linked key must name a task of the project.
 */
public final class ReplaceMilestones {

    private final ProjectChange change;
    private final TaskRepository tasks;
    private final Clock clock;

    public ReplaceMilestones(ProjectChange change, TaskRepository tasks, Clock clock) {
        this.change = change;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, List<MilestoneInput> milestones,
                           Optional<Long> expectedVersion) {
        List<Milestone> plan = MilestonePlan.check(milestones);
        return change.apply(actor, projectId, expectedVersion, "project.milestones-replaced",
                project -> {
                    Project replanned = project.withMilestones(plan, clock.now());
                    List<TaskKey> linked = replanned.linkedTaskKeys();
                    UnknownTaskKeys.check(linked, tasks.statusesIn(project.tenantId(), project.id(), linked).keySet());
                    return replanned;
                });
    }
}
