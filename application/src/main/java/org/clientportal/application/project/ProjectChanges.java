package org.clientportal.application.project;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.project.ProjectDetails;

/** A partial update of a project's details; fields left out keep their value, null clears an optional one. */
public record ProjectChanges(Change<String> name, Change<String> description, Change<String> startDate,
                             Change<String> dueDate, Optional<Long> expectedVersion) {

    ProjectDetails applyTo(ProjectDetails current) {
        return new ProjectInput(
                name.or(current.name()),
                description.or(current.description().orElse(null)),
                startDate.or(current.startDate().map(LocalDate::toString).orElse(null)),
                dueDate.or(current.dueDate().map(LocalDate::toString).orElse(null)))
                .toDetails();
    }
}
