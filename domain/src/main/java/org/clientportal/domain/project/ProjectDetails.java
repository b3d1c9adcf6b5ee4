package org.clientportal.domain.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The descriptive part of a project that operators edit freely. */
public record ProjectDetails(String name, Optional<String> description, Optional<LocalDate> startDate,
                             Optional<LocalDate> dueDate) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    public ProjectDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(dueDate, "dueDate");
        if (startDate.isPresent() && dueDate.isPresent() && dueDate.get().isBefore(startDate.get())) {
            throw new IllegalArgumentException("dueDate must not be before startDate");
        }
    }
}
