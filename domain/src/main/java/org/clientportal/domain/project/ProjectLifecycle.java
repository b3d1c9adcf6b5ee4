package org.clientportal.domain.project;

import static org.clientportal.domain.project.ProjectStatus.ACTIVE;
import static org.clientportal.domain.project.ProjectStatus.CANCELLED;
import static org.clientportal.domain.project.ProjectStatus.COMPLETED;
import static org.clientportal.domain.project.ProjectStatus.IN_REVIEW;
import static org.clientportal.domain.project.ProjectStatus.ON_HOLD;
import static org.clientportal.domain.project.ProjectStatus.PLANNED;

import org.clientportal.domain.shared.Lifecycle;

/** The project state machine: the one table of allowed moves. */
public final class ProjectLifecycle {

    public static final Lifecycle<ProjectStatus> MOVES = Lifecycle.of("project", ProjectStatus.class)
            .from(PLANNED, ACTIVE, CANCELLED)
            .from(ACTIVE, ON_HOLD, IN_REVIEW, CANCELLED)
            .from(ON_HOLD, ACTIVE, CANCELLED)
            .from(IN_REVIEW, ACTIVE, COMPLETED, CANCELLED)
            .from(COMPLETED)
            .from(CANCELLED)
            .build();

    private ProjectLifecycle() {
    }
}
