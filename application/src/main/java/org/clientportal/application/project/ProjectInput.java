package org.clientportal.application.project;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.shared.Validation;

/** The descriptive fields of a project as a caller sends them, before they are checked. */
public record ProjectInput(String name, String description, String startDate, String dueDate) {

    public ProjectDetails toDetails() {
        Validation v = new Validation();
        String checkedName = v.requiredText("name", name, ProjectDetails.NAME_MAX);
        Optional<String> checkedDescription = v.optionalMultiLineText("description", description, ProjectDetails.DESCRIPTION_MAX);
        Optional<LocalDate> start = v.optional("startDate", startDate, Dates::parse);
        Optional<LocalDate> due = v.optional("dueDate", dueDate, Dates::parse);
        if (start.isPresent() && due.isPresent() && due.get().isBefore(start.get())) {
            v.add("dueDate", "must not be before startDate");
        }
        v.done();
        return new ProjectDetails(checkedName, checkedDescription, start, due);
    }
}
