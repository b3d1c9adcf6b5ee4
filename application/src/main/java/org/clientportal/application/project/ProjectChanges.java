package org.clientportal.application.project;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.project.ProjectDetails;

/**
 * A partial update of a project's details and its visibility; fields left out keep their value,
 * null clears an optional one.
 */
public record ProjectChanges(Change<String> name, Change<String> description, Change<String> startDate,
                             Change<String> dueDate, Change<String> visibility, Optional<Long> expectedVersion) {

    /** The visibility asked for, when it is: checked before anything is loaded. */
    Optional<Visibility> checkedVisibility() {
        if (!visibility.present()) {
            return Optional.empty();
        }
        Validation v = new Validation();
        Visibility parsed = v.required("visibility", visibility.value(), raw -> StatusNames.parse(Visibility.class, raw));
        v.done();
        return Optional.of(parsed);
    }

    ProjectDetails applyTo(ProjectDetails current) {
        return new ProjectInput(
                name.or(current.name()),
                description.or(current.description().orElse(null)),
                startDate.or(current.startDate().map(LocalDate::toString).orElse(null)),
                dueDate.or(current.dueDate().map(LocalDate::toString).orElse(null)))
                .toDetails();
    }
}
