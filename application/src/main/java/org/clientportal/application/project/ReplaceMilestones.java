package org.clientportal.application.project;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;

/** Replaces a project's ordered milestone list; milestones that keep their key keep their completion. */
public final class ReplaceMilestones {

    private final ProjectChange change;
    private final Clock clock;

    public ReplaceMilestones(ProjectChange change, Clock clock) {
        this.change = change;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, List<MilestoneInput> milestones,
                           Optional<Long> expectedVersion) {
        List<Milestone> plan = MilestonePlan.check(milestones);
        return change.apply(actor, projectId, expectedVersion, "project.milestones-replaced",
                project -> project.withMilestones(plan, clock.now()));
    }
}
