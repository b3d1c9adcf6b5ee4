package org.clientportal.adapters.web.operator;

import org.clientportal.domain.project.Project;

/** One of a client's projects, offered in a form's select. */
public record ProjectChoice(String id, String name) {

    static ProjectChoice of(Project project) {
        return new ProjectChoice(project.id().toString(), project.details().name());
    }
}
