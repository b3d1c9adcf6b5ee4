package org.clientportal.application.project;

import java.util.List;
import java.util.Objects;
import org.clientportal.domain.project.Project;

/** A project's plan as read, in order, with the project it belongs to (for its id and version). */
public record MilestonesView(Project project, List<MilestoneProgress> milestones) {

    public MilestonesView {
        Objects.requireNonNull(project, "project");
        milestones = List.copyOf(milestones);
    }
}
