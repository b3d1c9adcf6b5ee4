package org.clientportal.adapters.http.project;

public record CreateProjectRequest(String clientId, String name, String description, String startDate,
                                   String dueDate) {
}
