package org.clientportal.application.project;

import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;

/** Marks one milestone done; completing it again changes nothing. */
public final class CompleteMilestone {

    private final ProjectChange change;
    private final Clock clock;

    public CompleteMilestone(ProjectChange change, Clock clock) {
        this.change = change;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, String milestoneKey) {
        MilestoneKey key;
        try {
            key = new MilestoneKey(milestoneKey);
        } catch (IllegalArgumentException e) {
            throw new NotFound("milestone", String.valueOf(milestoneKey));
        }
        return change.apply(actor, projectId, Optional.empty(), "project.milestone-completed",
                project -> project.completeMilestone(key, clock.now()));
    }
}
