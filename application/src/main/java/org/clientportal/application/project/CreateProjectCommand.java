package org.clientportal.application.project;

/** A new project for a client. */
public record CreateProjectCommand(String clientId, ProjectInput details) {
}
