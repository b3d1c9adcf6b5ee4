package org.clientportal.application.task;

/** A new task on a project. */
public record CreateTaskCommand(String projectId, TaskInput details) {
}
