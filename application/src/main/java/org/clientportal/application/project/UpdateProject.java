package org.clientportal.application.project;

import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;

/** An operator edits a project's details. Status moves only by transition. */
public final class UpdateProject {

    private final ProjectChange change;
    private final Clock clock;

    public UpdateProject(ProjectChange change, Clock clock) {
        this.change = change;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, ProjectChanges changes) {
        return change.apply(actor, projectId, changes.expectedVersion(), "project.updated", project -> {
            ProjectDetails details = changes.applyTo(project.details());
            return details.equals(project.details()) ? project : project.withDetails(details, clock.now());
        });
    }
}
