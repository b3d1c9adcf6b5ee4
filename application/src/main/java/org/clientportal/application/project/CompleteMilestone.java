package org.clientportal.application.project;

import java.util.Optional;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;

/** Marks one milestone done; completing it again changes nothing. */
public final class CompleteMilestone {

    private final ProjectChange change;
    private final Notifications notifications;
    private final Clock clock;

    public CompleteMilestone(ProjectChange change, Notifications notifications, Clock clock) {
        this.change = change;
        this.notifications = notifications;
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
                project -> {
                    Project after = project.completeMilestone(key, clock.now());
                    if (after != project) {
                        after.milestones().stream().filter(m -> m.key().equals(key)).findFirst()
                                .ifPresent(reached -> notifications.milestoneCompleted(after, reached));
                    }
                    return after;
                });
    }
}
