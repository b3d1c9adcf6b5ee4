package org.clientportal.application.ask;

/** A request as a contact sends it, before it is checked. */
public record FileRequestCommand(String projectId, String kind, String title, String description) {
}
