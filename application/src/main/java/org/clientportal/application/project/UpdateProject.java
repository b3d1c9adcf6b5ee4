package org.clientportal.application.project;

import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.project.Project;
import java.util.Optional;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.shared.Visibility;

/**
 * An operator edits a project's details, or shares it with the client (or takes it back). Status
 * moves only by transition. Sharing is audited as an act of its own, {@code project.visibility-changed}.
 */
public final class UpdateProject {

    private final ProjectChange change;
    private final Clock clock;

    public UpdateProject(ProjectChange change, Clock clock) {
        this.change = change;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, ProjectChanges changes) {
        Optional<Visibility> visibility = changes.checkedVisibility();
        return change.apply(actor, projectId, changes.expectedVersion(),
                (before, after) -> before.visibility() != after.visibility()
                        ? "project.visibility-changed" : "project.updated", project -> {
                    ProjectDetails details = changes.applyTo(project.details());
                    Project edited = details.equals(project.details()) ? project
                            : project.withDetails(details, clock.now());
                    return visibility.map(v -> edited.withVisibility(v, clock.now())).orElse(edited);
                });
    }
}
